import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STRING_FIELDS } from "@/lib/fields/catalogue";
import { cleanLead } from "./clean-lead";

/** Any text: every code unit, lone surrogates and control characters included. */
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "+1 (512) 555-0100",
    "4.4712E+11",
    "https://uk.linkedin.com/in/Ana-Smith/?trk=x",
    "www.acme.com/",
    "ANA SMITH 🚀",
    "mailto:Ana@Acme.com",
    "John Smith <JOHN@acme.com>",
  ),
);

const anyLead = fc.record(
  {
    ...Object.fromEntries(STRING_FIELDS.map((field) => [field, anyText])),
    tags: fc.array(anyText, { maxLength: 4 }),
    customFields: fc.dictionary(anyText, anyText, { maxKeys: 4 }),
  },
  { requiredKeys: [] },
);

describe("cleanLead", () => {
  it("is idempotent: cleaning a cleaned lead changes nothing", () => {
    fc.assert(
      fc.property(anyLead, fc.constantFrom(undefined, "US", "DE", "France"), (lead, country) => {
        const once = cleanLead(lead, { defaultCountry: country });
        expect(cleanLead(once, { defaultCountry: country })).toEqual(once);
      }),
      { numRuns: 1_000 },
    );
  });
});

import { describe, expect, it } from "vitest";
import type { LeadRecord } from "@/lib/fields/catalogue";
import {
  MAX_CUSTOM_FIELD_NAME_LENGTH,
  MAX_CUSTOM_FIELD_VALUE_LENGTH,
  MAX_CUSTOM_FIELDS,
  MAX_NOTES_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TEXT_FIELD_LENGTH,
  MAX_URL_LENGTH,
} from "@/lib/limits";
import { leadProblem } from "./lead-problems";

const CLEANUP = { dataCleanup: true };
const AS_SENT = { dataCleanup: false };
const lead = { email: "ana@acme.com" };

describe("leadProblem", () => {
  it("finds none in an ordinary lead, at every limit exactly", () => {
    const atLimits = {
      ...lead,
      firstName: "a".repeat(MAX_TEXT_FIELD_LENGTH),
      website: "w".repeat(MAX_URL_LENGTH),
      notes: "n".repeat(MAX_NOTES_LENGTH),
      customFields: { ["k".repeat(MAX_CUSTOM_FIELD_NAME_LENGTH)]: "v".repeat(1_000) },
      tags: ["t".repeat(MAX_TAG_LENGTH)],
    };
    expect(leadProblem(atLimits, CLEANUP)).toBeNull();
    expect(leadProblem(atLimits, AS_SENT)).toBeNull();
  });

  it.each([
    [
      { firstName: "a".repeat(MAX_TEXT_FIELD_LENGTH + 1) },
      '"firstName" is longer than 1,000 characters',
    ],
    [
      { linkedinUrl: "l".repeat(MAX_URL_LENGTH + 1) },
      '"linkedinUrl" is longer than 2,048 characters',
    ],
    [{ notes: "n".repeat(MAX_NOTES_LENGTH + 1) }, '"notes" is longer than 65,535 characters'],
    [
      {
        customFields: Object.fromEntries(
          Array.from({ length: MAX_CUSTOM_FIELDS + 1 }, (_, i) => [`f${i}`, "x"]),
        ),
      },
      "More than 100 custom fields",
    ],
    [
      { customFields: { ["k".repeat(MAX_CUSTOM_FIELD_NAME_LENGTH + 1)]: "x" } },
      `Custom field "${"k".repeat(40)}…": its name is longer than 100 characters`,
    ],
    [
      { customFields: { Industry: "v".repeat(MAX_CUSTOM_FIELD_VALUE_LENGTH + 1) } },
      'Custom field "Industry" is longer than 10,000 characters',
    ],
    [{ tags: Array.from({ length: MAX_TAGS + 1 }, (_, i) => `t${i}`) }, "More than 100 tags"],
    [
      { tags: ["t".repeat(MAX_TAG_LENGTH + 1)] },
      `Tag "${"t".repeat(40)}…" is longer than 100 characters`,
    ],
    [
      {
        customFields: Object.fromEntries(
          Array.from({ length: 11 }, (_, i) => [`f${i}`, "v".repeat(9_999)]),
        ),
      },
      "The lead, all fields together, is longer than 100,000 characters",
    ],
  ])("refuses %#: %s", (fields, message) => {
    expect(leadProblem({ ...lead, ...fields }, CLEANUP)).toBe(message);
  });

  it("leaves unstorable characters to cleanup, and refuses them when there is none", () => {
    const cases: Array<[LeadRecord, string]> = [
      [{ firstName: "Ana\u0000" }, '"firstName"'],
      [{ notes: "half \uD83D of an emoji" }, '"notes"'],
      [{ customFields: { "Owner\u0000": "x" } }, 'Custom field "Owner\uFFFD"'],
      [{ customFields: { Owner: "\uDE00" } }, 'Custom field "Owner"'],
      [{ tags: ["vip\u0000"] }, 'Tag "vip\uFFFD"'],
    ];
    for (const [fields, what] of cases) {
      expect(leadProblem({ ...lead, ...fields }, CLEANUP)).toBeNull();
      expect(leadProblem({ ...lead, ...fields }, AS_SENT)).toBe(
        `${what} holds a character that cannot be stored (NUL or an unpaired surrogate)`,
      );
    }
  });

  it("takes emoji and other paired surrogates as the text they are", () => {
    expect(leadProblem({ ...lead, firstName: "Zoë 😀", tags: ["🚀"] }, AS_SENT)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import type { LeadRecord } from "@/lib/fields/catalogue";
import { cleanLead } from "./clean-lead";

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value))
    if (inner && typeof inner === "object") deepFreeze(inner);
  return Object.freeze(value);
}

describe("cleanLead", () => {
  it("applies every field's rule to a messy CRM row", () => {
    const lead: LeadRecord = {
      email: "  mailto:JOHN@ACME.COM ",
      firstName: "john😀",
      lastName: "ÉMILIE O'BRIEN-SMITH",
      companyName: "  ACME 🚀 CORP ",
      jobTitle: "  Head   of\tSales ",
      phone: "020-7946-0958",
      linkedinUrl: "https://uk.linkedin.com/in/jane-doe-123/?trk=x",
      website: " acme.com ",
      city: " London ",
      country: "UK",
      notes: "  Met at SaaStr.\n\nFollow up   in May.  ",
      tags: ["vip", " q3 "],
      customFields: { industry: "  SaaS ", seats: " 40" },
    };
    expect(cleanLead(lead, {})).toEqual({
      email: "john@acme.com",
      firstName: "John",
      lastName: "Émilie O'Brien-Smith",
      companyName: "ACME CORP",
      jobTitle: "Head of Sales",
      phone: "+442079460958",
      linkedinUrl: "https://www.linkedin.com/in/jane-doe-123",
      website: "https://acme.com",
      city: "London",
      country: "UK",
      notes: "Met at SaaStr.\n\nFollow up   in May.",
      tags: ["vip", " q3 "],
      customFields: { industry: "SaaS", seats: "40" },
    });
  });

  it.each([
    [{ phone: "(415) 555-2671", country: "United States" }, {}, "+14155552671"],
    [{ phone: "020 7946 0958", country: "England" }, { defaultCountry: "US" }, "+442079460958"],
    [{ phone: "020 7946 0958" }, { defaultCountry: "GB" }, "+442079460958"],
    [{ phone: "020 7946 0958", country: "Atlantis" }, { defaultCountry: "GB" }, "+442079460958"],
    [{ phone: "030 1234567", country: "Deutschland" }, {}, "+49301234567"],
    [{ phone: "+44 (0)20 7946 0958" }, {}, "+442079460958"],
    [{ phone: "020 7946 0958" }, {}, "020 7946 0958"],
    [{ phone: "12/03/2024", country: "US" }, {}, "12/03/2024"],
  ] as const)(
    "takes the phone region from the lead's country, else defaultCountry (%j, %j)",
    (lead, options, phone) => {
      expect(cleanLead(lead, options).phone).toBe(phone);
    },
  );

  it("drops fields that cleanup leaves empty", () => {
    const cleaned = cleanLead(
      {
        email: "john@acme.com",
        firstName: "😀",
        lastName: "  ",
        city: "",
        customFields: { a: " " },
      },
      {},
    );
    expect(cleaned).toEqual({ email: "john@acme.com" });
    expect(Object.keys(cleaned)).toEqual(["email"]);
  });

  it("keeps an invalid email cleaned but present, for validation to report", () => {
    expect(cleanLead({ email: " <NOT-AN-EMAIL> " }, {}).email).toBe("not-an-email");
  });

  it("does not mutate its input or share its arrays and objects", () => {
    const lead = deepFreeze<LeadRecord>({
      email: " John@Acme.com ",
      tags: ["vip"],
      customFields: { industry: " SaaS " },
    });
    const cleaned = cleanLead(lead, {});
    expect(lead.email).toBe(" John@Acme.com ");
    expect(cleaned.tags).not.toBe(lead.tags);
    expect(cleaned.customFields).not.toBe(lead.customFields);
  });

  it("keeps a custom field named __proto__ as a field", () => {
    const customFields = JSON.parse('{"__proto__": " x ", "plan": "pro"}') as Record<
      string,
      string
    >;
    const cleaned = cleanLead({ email: "ana@acme.com", customFields }, {});
    expect(Object.keys(cleaned.customFields ?? {})).toEqual(["__proto__", "plan"]);
    expect(JSON.stringify(cleaned.customFields)).toBe('{"__proto__":"x","plan":"pro"}');
    expect(cleanLead(cleaned, {})).toEqual(cleaned);
  });
});

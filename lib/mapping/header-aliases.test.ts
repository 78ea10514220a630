import { describe, expect, it } from "vitest";
import type { StandardField } from "@/lib/fields/catalogue";
import { STANDARD_FIELDS } from "@/lib/fields/catalogue";
import { HEADER_ALIASES, isGenericHeader, matchHeader } from "./header-aliases";
import { normalizeHeader } from "./normalize-header";

function fieldOf(header: string): string | null {
  const match = matchHeader(header);
  return match?.kind === "field" ? match.field : null;
}

function rankOf(header: string): number {
  const match = matchHeader(header);
  if (match?.kind !== "field") throw new Error(`${header} matched no field`);
  return match.rank;
}

describe("normalizeHeader", () => {
  it.each([
    ["E-mail", "email"],
    ["E-Mail-Adresse", "emailadresse"],
    [" Email_Address ", "emailaddress"],
    ["Prénom", "prenom"],
    ["Correo electrónico", "correoelectronico"],
    ["# Employees", "employees"],
    ["State/Region", "stateregion"],
  ])("reduces %j to %j", (header, normalized) => {
    expect(normalizeHeader(header)).toBe(normalized);
  });
});

describe("matchHeader", () => {
  it("has aliases for every standard field", () => {
    for (const field of STANDARD_FIELDS) expect(HEADER_ALIASES[field].length).toBeGreaterThan(0);
  });

  it("gives every alias its own field and position, so no spelling is listed twice", () => {
    for (const [field, aliases] of Object.entries(HEADER_ALIASES)) {
      aliases.forEach((alias, rank) => {
        expect(matchHeader(alias), alias).toEqual({
          kind: "field",
          field,
          rank,
          isNumbered: false,
        });
      });
    }
  });

  const cases: Array<[StandardField, string[]]> = [
    [
      "email",
      [
        "Email",
        "E-mail",
        "Email Address",
        "E-Mail-Adresse",
        "Work Email",
        "Business Email",
        "Emails",
        "Primary Email",
        "Courriel",
        "Correo electrónico",
        "EMAIL",
        "e_mail",
        "email-address",
      ],
    ],
    [
      "firstName",
      [
        "First Name",
        "Firstname",
        "Given name",
        "fname",
        "Vorname",
        "Prénom",
        "Nombre",
        "first_name",
      ],
    ],
    ["lastName", ["Last Name", "Surname", "Family name", "lname", "Nachname", "Nom"]],
    [
      "companyName",
      [
        "Company",
        "Company Name",
        "Account Name",
        "Organization",
        "Organisation",
        "Employer",
        "Company / Account",
        "Firma",
        "Entreprise",
        "Empresa",
        "Company Name for Emails",
      ],
    ],
    ["jobTitle", ["Title", "Job Title", "Position", "Role", "Designation", "Jobtitel"]],
    [
      "phone",
      [
        "Phone",
        "Phone Number",
        "Mobile",
        "Mobile Phone",
        "Work Direct Phone",
        "Corporate Phone",
        "Company Phone",
        "Telephone",
        "Tel",
        "Tel.",
        "Cell",
        "Telefon",
        "Téléphone",
      ],
    ],
    [
      "linkedinUrl",
      [
        "LinkedIn",
        "Person Linkedin Url",
        "LinkedIn Profile",
        "LinkedIn URL",
        "Profile URL",
        "linkedin_url",
      ],
    ],
    ["website", ["Website", "Company Website", "Domain", "URL", "Web Site"]],
    ["city", ["City", "Town", "Stadt", "Ville"]],
    ["state", ["State", "State/Region", "State/Province", "Region", "Province"]],
    ["country", ["Country", "Country/Region", "Land", "Pays"]],
    ["timezone", ["Time Zone", "Timezone", "TZ"]],
    ["notes", ["Notes", "Note", "Comments", "Description"]],
    ["source", ["Lead Source", "Source", "Original Source"]],
    ["status", ["Status", "Lead Status"]],
    ["emailStatus", ["Email Status", "Email Verification", "E-mail status"]],
    ["tags", ["Tags", "Labels"]],
  ];
  it.each(cases.flatMap(([field, headers]) => headers.map((header) => [header, field] as const)))(
    "reads header %j as %s",
    (header, field) => {
      expect(fieldOf(header)).toBe(field);
    },
  );

  it.each([
    ["Name", "a full name"],
    ["Full Name", "a full name"],
    ["Company Linkedin Url", "the company's LinkedIn page"],
    ["Headline", "not a job title"],
    ["Lifecycle Stage", "a funnel stage"],
    ["# Employees", "company size"],
    ["Zip/Postal Code", "a postal code"],
    ["PLZ", "a postal code"],
    ["Record ID", "an identifier"],
    ["contact_id", "an identifier"],
    ["Apollo Contact Id", "an identifier"],
    ["leadId", "an identifier"],
  ])("keeps %j a custom field: %s", (header, reason) => {
    const match = matchHeader(header);
    expect(match?.kind).toBe("custom");
    expect(match?.kind === "custom" && match.reason).toContain(reason);
  });

  it("reads Email ID (Indian English) as an email, not an identifier", () => {
    expect(fieldOf("Email ID")).toBe("email");
  });

  it.each([
    ["Email 2", "email"],
    ["Email (2)", "email"],
    ["Phone 1", "phone"],
  ])("reads numbered header %j as a weaker %s alias", (header, field) => {
    expect(matchHeader(header)).toMatchObject({ kind: "field", field, isNumbered: true });
    expect(rankOf(header)).toBeGreaterThan(
      rankOf(field === "email" ? "Alternative Email" : "HQ Phone"),
    );
  });

  it.each([
    "Industry",
    "Seniority",
    "Keywords",
    "Street",
    "Location",
    "Column 3",
    "Fax",
    "Contact",
    "",
  ])("knows nothing about %j", (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it.each([
    ["Phone", "Corporate Phone"],
    ["Mobile Phone", "Work Direct Phone"],
    ["Work Direct Phone", "Corporate Phone"],
    ["Company", "Company Name for Emails"],
    ["City", "Company City"],
    ["Email", "Work Email"],
    ["Notes", "Description"],
  ])("ranks %j above %j", (stronger, weaker) => {
    expect(rankOf(stronger)).toBeLessThan(rankOf(weaker));
  });
});

describe("isGenericHeader", () => {
  it.each(["Column 3", "column3", "Unnamed: 2", "Field 1", "", "7", "Contact", "B", "Spalte 4"])(
    "calls %j generic",
    (header) => {
      expect(isGenericHeader(header)).toBe(true);
    },
  );

  it.each(["Fax", "Referrer URL", "Industry", "Email Domain", "Columbus"])(
    "calls %j telling",
    (header) => {
      expect(isGenericHeader(header)).toBe(false);
    },
  );
});

import { describe, expect, it } from "vitest";
import type { StandardField } from "@/lib/fields/catalogue";
import { STANDARD_FIELDS } from "@/lib/fields/catalogue";
import { HEADER_ALIASES, isGenericHeader } from "./header-aliases";
import { normalizeHeader } from "./normalize-header";
import { readHeader } from "./read-header";

function fieldOf(header: string): string | null {
  const reading = readHeader(header);
  return reading?.kind === "field" ? reading.field : null;
}

function tierOf(header: string): number {
  const reading = readHeader(header);
  if (reading?.kind !== "field") throw new Error(`${header} read as no field`);
  return reading.tier;
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

describe("readHeader: the listed spellings", () => {
  it("has aliases for every standard field", () => {
    for (const field of STANDARD_FIELDS) expect(HEADER_ALIASES[field].length).toBeGreaterThan(0);
  });

  it("reads every alias as its own field and position, so no spelling is listed twice", () => {
    for (const [field, aliases] of Object.entries(HEADER_ALIASES)) {
      aliases.forEach((alias, rank) => {
        expect(readHeader(alias), alias).toEqual({
          kind: "field",
          field,
          rank,
          tier: 0,
          grammar: [],
        });
      });
    }
  });

  const languages: Array<[string, Array<[string, StandardField]>]> = [
    [
      "German",
      [
        ["E-Mail-Adresse", "email"],
        ["Vorname", "firstName"],
        ["Nachname", "lastName"],
        ["Firma", "companyName"],
        ["Telefon (geschäftlich)", "phone"],
        ["Ort", "city"],
        ["Bundesland", "state"],
        ["Land", "country"],
      ],
    ],
    [
      "French",
      [
        ["Adresse e-mail professionnelle", "email"],
        ["Prénom", "firstName"],
        ["Nom", "lastName"],
        ["Société", "companyName"],
        ["Fonction", "jobTitle"],
        ["Téléphone portable", "phone"],
        ["Ville", "city"],
        ["Pays", "country"],
      ],
    ],
    [
      "Spanish",
      [
        ["Correo electrónico", "email"],
        ["Nombre", "firstName"],
        ["Apellidos", "lastName"],
        ["Empresa", "companyName"],
        ["Cargo", "jobTitle"],
        ["Teléfono móvil", "phone"],
        ["Ciudad", "city"],
        ["País", "country"],
      ],
    ],
    [
      "Dutch",
      [
        ["E-mailadres", "email"],
        ["Voornaam", "firstName"],
        ["Achternaam", "lastName"],
        ["Bedrijfsnaam", "companyName"],
        ["Functie", "jobTitle"],
        ["Telefoonnummer", "phone"],
        ["Plaats", "city"],
        ["Land", "country"],
      ],
    ],
    [
      "Portuguese",
      [
        ["Endereço de e-mail", "email"],
        ["Primeiro nome", "firstName"],
        ["Sobrenome", "lastName"],
        ["Nome da empresa", "companyName"],
        ["Cargo", "jobTitle"],
        ["Telefone celular", "phone"],
        ["Cidade", "city"],
        ["Estado", "state"],
      ],
    ],
    [
      "Italian",
      [
        ["Indirizzo email", "email"],
        ["Nome", "firstName"],
        ["Cognome", "lastName"],
        ["Azienda", "companyName"],
        ["Ruolo", "jobTitle"],
        ["Cellulare", "phone"],
        ["Città", "city"],
        ["Paese", "country"],
      ],
    ],
    [
      "Nordic",
      [
        ["E-postadress", "email"],
        ["Förnamn", "firstName"],
        ["Efternavn", "lastName"],
        ["Företag", "companyName"],
        ["Stilling", "jobTitle"],
        ["Puhelin", "phone"],
        ["Kaupunki", "city"],
        ["Sähköposti", "email"],
      ],
    ],
  ];
  it.each(
    languages.flatMap(([language, pairs]) =>
      pairs.map(([header, field]) => [language, header, field] as const),
    ),
  )("reads %s header %j as %s", (_, header, field) => {
    expect(fieldOf(header)).toBe(field);
  });
});

describe("readHeader: vendor header grammar (rule 4)", () => {
  it.each([
    // Numbered groups (Google Contacts): the first group is the lead's value, later ones second-best.
    ["E-mail 1 - Value", "email", 0],
    ["E-mail 2 - Value", "email", 1],
    ["Phone 1 - Value", "phone", 0],
    ["Address 1 - City", "city", 0],
    ["Address 1 - Region", "state", 0],
    ["Address 1 - Country", "country", 0],
    ["Organization 1 - Name", "companyName", 0],
    ["Organization 1 - Title", "jobTitle", 0],
    ["Website 1 - Value", "website", 0],
    ["Email 2", "email", 1],
    ["E-mail 2 Address", "email", 1],
    ["Business Phone 2", "phone", 1],
    // Entity prefixes (Pipedrive, Salesforce, Dynamics).
    ["Person - Organization", "companyName", 0],
    ["Person - Job title", "jobTitle", 0],
    ["Person - Email - Work", "email", 0],
    ["Person - Email - Home", "email", 1],
    ["Person - Phone - Mobile", "phone", 0],
    ["Organization - Name", "companyName", 0],
    ["Organization - Website", "website", 0],
    ["Contact: Email", "email", 0],
    ["Lead.Email", "email", 0],
    // Qualifiers.
    ["Mailing State/Province", "state", 0],
    ["Mailing City", "city", 0],
    ["Primary Email", "email", 0],
    ["Associated Company", "companyName", 0],
    ["Current Company", "companyName", 0],
    ["Current Job Title", "jobTitle", 0],
    ["Public Profile URL", "linkedinUrl", 0],
    ["Business Phone", "phone", 0],
    ["Mobile Phone Number", "phone", 0],
    ["Work Email", "email", 0],
    ["Email (Work)", "email", 0],
    ["Personal Email", "email", 1],
    ["Secondary Email", "email", 1],
    ["Home Phone", "phone", 1],
    ["Other Phone", "phone", 1],
    ["Corporate Phone", "phone", 1],
    ["Company Phone", "phone", 1],
    ["Company City", "city", 1],
    ["Company Website", "website", 0],
    ["Company Domain", "website", 0],
    ["Contact First Name", "firstName", 0],
    // LinkedIn profile URLs under the names tools give them.
    ["Person Linkedin Url", "linkedinUrl", 0],
    ["LinkedIn Contact Profile URL", "linkedinUrl", 0],
    ["Contact LI Profile URL", "linkedinUrl", 0],
    ["linkedInProfileUrl", "linkedinUrl", 0],
    ["defaultProfileUrl", "linkedinUrl", 0],
    ["linkedin_url", "linkedinUrl", 0],
    ["Profil LinkedIn", "linkedinUrl", 0],
    // camelCase and snake_case exports (lemlist, Instantly, Smartlead).
    ["companyName", "companyName", 0],
    ["first_name", "firstName", 0],
    ["phone_number", "phone", 0],
  ] as const)("reads %j as %s (tier %i)", (header, field, tier) => {
    expect(fieldOf(header)).toBe(field);
    expect(tierOf(header)).toBe(tier);
  });

  it.each([
    ["E-mail 1 - Label", "label of numbered group"],
    ["Phone 1 - Type", "type of numbered group"],
    ["Contact owner", 'someone other than the lead ("owner")'],
    ["Lead Owner", 'someone other than the lead ("owner")'],
    ["Owner Email", 'someone other than the lead ("owner")'],
    ["Sender", "someone other than the lead"],
    ["Person - Owner", 'someone other than the lead ("owner")'],
    ["Deal - Title", "belongs to the deal"],
    ["Created By", "someone other than the lead"],
    ["Previous Company", "a past companyName"],
    ["Company Linkedin Url", "the company's LinkedIn page"],
    ["Organization - LinkedIn", "the company's LinkedIn page"],
    ["Organization - Industry", null],
    ["Name", "a full name"],
    ["Person - Name", "a full name"],
    ["Full Name", "a full name"],
    ["Salutation", "a courtesy title"],
    ["Name Prefix", "a courtesy title"],
    ["Headline", "not a job title"],
    ["Lifecycle Stage", "a funnel stage"],
    ["# Employees", "company size"],
    ["Zip/Postal Code", "a postal code"],
    ["Mailing Zip/Postal Code", "a postal code"],
    ["Address 1 - Postal Code", "a postal code"],
    ["Record ID", "an identifier"],
    ["contact_id", "an identifier"],
    ["Apollo Contact Id", "an identifier"],
    ["leadId", "an identifier"],
    ["Primary Associated Company ID", "an identifier"],
  ])("keeps %j a custom field: %s", (header, reason) => {
    const reading = readHeader(header);
    if (reason === null) {
      expect(reading).toBeNull();
      return;
    }
    expect(reading?.kind).toBe("custom");
    expect(reading?.kind === "custom" && reading.reason).toContain(reason);
  });

  it("reads Email ID (Indian English) as an email, not an identifier", () => {
    expect(fieldOf("Email ID")).toBe("email");
  });

  it.each([
    "Industry",
    "Seniority",
    "Keywords",
    "Street",
    "Location",
    "Column 3",
    "Fax",
    "Business Fax",
    "Contact",
    "Email Opt Out",
    "Email Domain",
    "Email 1 Total AI",
    "LinkedIn Bio",
    "Assistant's Phone",
    "Middle Name",
    "Address 1 - Formatted",
    "",
  ])("knows nothing about %j", (header) => {
    expect(readHeader(header)).toBeNull();
  });

  it("ranks the plain spelling above a qualified one, all else being equal", () => {
    const rank = (header: string) => {
      const reading = readHeader(header);
      return reading?.kind === "field" ? reading.rank : Number.NaN;
    };
    expect(rank("Email")).toBeLessThan(rank("Work Email"));
    expect(rank("Phone")).toBeLessThan(rank("Mobile Phone Number"));
    expect(rank("Mobile Phone")).toBeLessThan(rank("Work Direct Phone"));
    expect(rank("Company")).toBeLessThan(rank("Company Name for Emails"));
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

import type { StandardField } from "@/lib/fields/catalogue";
import { normalizeHeader } from "./normalize-header";

/**
 * Header spellings per standard field, as CRMs, enrichment tools and localised spreadsheets export
 * them, strongest first: when several columns match one field, the one whose alias comes first
 * wins (Apollo's `Mobile Phone` over `Work Direct Phone` over `Corporate Phone`). Compared after
 * normalizeHeader, so a spelling that differs only in case, spacing, punctuation or accents
 * (`E-mail`, `Firstname`, `Téléphone`) is listed once.
 */
// biome-ignore format: one field's spellings read best as a paragraph, not one per line
export const HEADER_ALIASES: Readonly<Record<StandardField, readonly string[]>> = {
  email: [
    "Email", "Email Address", "Mail", "Mail Address", "Emails", "Primary Email", "Email ID",
    "Contact Email", "Work Email", "Business Email", "Person Email", "Lead Email", "Courriel",
    "Adresse e-mail", "Adresse mail", "Correo", "Correo electrónico", "E-Mail-Adresse",
    "Mailadresse", "Indirizzo email", "E-mailadres", "Personal Email", "Secondary Email",
    "Other Email", "Alternate Email", "Alternative Email",
  ],
  firstName: [
    "First Name", "First", "Given Name", "fname", "Forename", "Contact First Name",
    "Lead First Name", "Person First Name", "Vorname", "Prénom", "Nombre", "Nome", "Voornaam",
  ],
  lastName: [
    "Last Name", "Last", "Surname", "Family Name", "lname", "Contact Last Name", "Lead Last Name",
    "Person Last Name", "Nachname", "Familienname", "Nom", "Nom de famille", "Apellido",
    "Apellidos", "Cognome", "Achternaam",
  ],
  companyName: [
    "Company", "Company Name", "Account Name", "Company / Account", "Organization", "Organisation",
    "Organization Name", "Organisation Name", "Org", "Employer", "Business Name", "Current Company",
    "Firma", "Firmenname", "Unternehmen", "Entreprise", "Société", "Nom de l'entreprise", "Empresa",
    "Azienda", "Bedrijf", "Company Name for Emails",
  ],
  jobTitle: [
    "Title", "Job Title", "Position", "Role", "Job Role", "Job Position", "Designation",
    "Current Title", "Current Position", "Contact Title", "Person Title", "Jobtitel",
    "Berufsbezeichnung", "Funktion", "Poste", "Fonction", "Titre", "Cargo", "Puesto", "Ruolo",
    "Functie",
  ],
  phone: [
    "Phone", "Phone Number", "Mobile Phone", "Mobile", "Mobile Number", "Cell", "Cell Phone",
    "Work Direct Phone", "Direct Phone", "Direct Dial", "Telephone", "Telephone Number", "Tel",
    "Contact Phone", "Person Phone", "Telefon", "Telefonnummer", "Handy", "Mobil", "Mobilnummer",
    "Numéro de téléphone", "Portable", "Teléfono", "Móvil", "Celular", "Cellulare",
    "Telefoonnummer", "Work Phone", "Business Phone", "Office Phone", "Home Phone", "Other Phone",
    "Corporate Phone", "Company Phone", "HQ Phone",
  ],
  linkedinUrl: [
    "LinkedIn", "LinkedIn URL", "LinkedIn Profile", "LinkedIn Profile URL", "Person Linkedin Url",
    "Contact LinkedIn URL", "LinkedIn Link", "LinkedIn Profile Link", "LinkedIn Handle",
    "Personal LinkedIn", "LI URL", "Profile URL", "Profile Link", "Public Profile URL",
  ],
  website: [
    "Website", "Company Website", "Website URL", "Company URL", "Homepage", "Web", "URL", "Site",
    "Site Web", "Webseite", "Internetseite", "Sitio Web", "Página web", "Sito web", "Domain",
    "Company Domain", "Company Domain Name", "Website Domain",
  ],
  city: [
    "City", "Town", "Person City", "Contact City", "Mailing City", "Locality", "Stadt", "Ort",
    "Ville", "Ciudad", "Città", "Plaats", "Company City",
  ],
  state: [
    "State", "State/Region", "State/Province", "Region", "Province", "State Code", "Person State",
    "Contact State", "Mailing State", "Bundesland", "Provincia", "Company State",
  ],
  country: [
    "Country", "Country/Region", "Country Name", "Country Code", "Person Country",
    "Contact Country", "Mailing Country", "Nation", "Land", "Pays", "País", "Paese",
    "Company Country",
  ],
  timezone: [
    "Time Zone", "TZ", "Local Time Zone", "IANA Time Zone", "Zeitzone", "Fuseau horaire",
    "Zona horaria",
  ],
  notes: [
    "Notes", "Note", "Comments", "Comment", "Remarks", "Notizen", "Notiz", "Bemerkung",
    "Bemerkungen", "Kommentar", "Kommentare", "Remarques", "Commentaires", "Commentaire", "Notas",
    "Comentarios", "Description", "Beschreibung",
  ],
  source: [
    "Lead Source", "Source", "Original Source", "Contact Source", "Lead Origin", "Source du lead",
    "Quelle", "Herkunft", "Fuente", "Origen", "Origine", "Latest Source",
  ],
  status: ["Status", "Lead Status", "Contact Status", "Prospect Status", "Statut"],
  emailStatus: [
    "Email Status", "Email Verification", "Email Verification Status", "Email Verification Result",
    "Verification Status", "Email Validation", "Email Validation Status", "Email Deliverability",
    "Deliverability",
  ],
  tags: ["Tags", "Tag", "Labels", "Label", "Schlagworte", "Étiquettes", "Etiquetas"],
};

/**
 * Headers that resemble a standard field but are not one. They stay custom fields and are never
 * value-sniffed: `Company Linkedin Url` holds LinkedIn URLs, just not the person's.
 */
// biome-ignore format: as for HEADER_ALIASES
const NOT_STANDARD: ReadonlyArray<{ reason: string; headers: readonly string[] }> = [
  {
    reason: "a full name, which is not split into first and last name",
    headers: [
      "Name", "Full Name", "Contact Name", "Lead Name", "Person Name", "Display Name",
      "Vollständiger Name", "Nom complet", "Nombre completo", "Nome completo",
    ],
  },
  {
    reason: "the company's LinkedIn page, not the person's",
    headers: [
      "Company Linkedin Url", "Company LinkedIn", "Company LinkedIn Profile", "Company LinkedIn Page",
      "Organization LinkedIn", "Account LinkedIn",
    ],
  },
  { reason: "a LinkedIn headline, not a job title", headers: ["Headline", "LinkedIn Headline"] },
  {
    reason: "a funnel stage, not the lead's status",
    headers: ["Lifecycle Stage", "Lifecycle", "Lifecycle Stage Name"],
  },
  {
    reason: "company size, not lead data",
    headers: [
      "# Employees", "Number of Employees", "No. of Employees", "Employee Count", "Company Size",
      "Headcount",
    ],
  },
  {
    reason: "a postal code, which has no standard field",
    headers: [
      "Zip", "Zip Code", "Zip/Postal Code", "Postal Code", "Postcode", "Post Code", "PLZ",
      "Postleitzahl", "Code postal", "Código postal", "CAP",
    ],
  },
];

export type HeaderMatch =
  | { kind: "field"; field: StandardField; rank: number; isNumbered: boolean }
  | { kind: "custom"; reason: string };

/** Added to an alias's rank when it matched only after dropping a number (`Email 2`, `Phone (2)`). */
const NUMBERED_RANK = 100;

const FIELD_BY_ALIAS = new Map<string, { field: StandardField; rank: number }>();
for (const [field, aliases] of Object.entries(HEADER_ALIASES) as Array<[StandardField, string[]]>) {
  aliases.forEach((alias, rank) => {
    FIELD_BY_ALIAS.set(normalizeHeader(alias), { field, rank });
  });
}

const REASON_BY_HEADER = new Map<string, string>();
for (const { reason, headers } of NOT_STANDARD) {
  for (const header of headers) REASON_BY_HEADER.set(normalizeHeader(header), reason);
}

/** `Record ID`, `contact_id`, `Apollo Contact Id`, `leadId`: keys of another system. */
const IDENTIFIER = /(?:^|[\s_.:-])(?:id|uuid|guid)$|[a-z]Id$/i;

function matchNormalized(normalized: string, isNumbered: boolean): HeaderMatch | null {
  const alias = FIELD_BY_ALIAS.get(normalized);
  if (alias) {
    const rank = alias.rank + (isNumbered ? NUMBERED_RANK : 0);
    return { kind: "field", field: alias.field, rank, isNumbered };
  }
  const reason = REASON_BY_HEADER.get(normalized);
  return reason ? { kind: "custom", reason } : null;
}

/** What a header alone says about its column, or null when it says nothing we know. */
export function matchHeader(header: string): HeaderMatch | null {
  const normalized = normalizeHeader(header);
  if (normalized === "") return null;
  const exact = matchNormalized(normalized, false);
  if (exact) return exact;
  if (IDENTIFIER.test(header.trim())) return { kind: "custom", reason: "an identifier" };
  const unnumbered = normalized.replace(/\d+$/, "");
  if (unnumbered !== normalized && unnumbered !== "") return matchNormalized(unnumbered, true);
  return null;
}

const GENERIC = /^(?:column|col|field|feld|spalte|colonne|columna|unnamed|untitled|header)?\d*$/;
const GENERIC_WORDS = new Set([
  "contact",
  "contacts",
  "kontakt",
  "value",
  "values",
  "data",
  "info",
]);

/**
 * A header that says nothing about its values (`Column 3`, `Unnamed: 2`, `Contact`, blank, an
 * Excel column letter). Only such columns are sniffed for fields other than email: a header that
 * names something else (`Fax`, `Referrer URL`) keeps its values out of `phone` or `website`.
 */
export function isGenericHeader(header: string): boolean {
  const normalized = normalizeHeader(header);
  return (
    GENERIC.test(normalized) || GENERIC_WORDS.has(normalized) || /^[a-z]{1,2}$/.test(normalized)
  );
}

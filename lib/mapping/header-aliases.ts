import type { StandardField } from "@/lib/fields/catalogue";
import { normalizeHeader } from "./normalize-header";

/**
 * The core spellings of each standard field, as CRMs, enrichment tools and spreadsheets write them
 * in English, German, French, Spanish, Dutch, Portuguese, Italian and the Nordic languages,
 * strongest first (the position is the alias's rank when two columns tie on everything else).
 * Compared after normalizeHeader, so case, spacing, punctuation and accents do not matter
 * (`E-mail`, `Firstname`, `Téléphone`). Qualified forms (`Work Email`, `Mailing City`,
 * `Person - Phone`, `Phone 1 - Value`, `Company Phone`) are not listed: readHeader derives them.
 */
// biome-ignore format: one field's spellings read best as a paragraph, not one per line
export const HEADER_ALIASES: Readonly<Record<StandardField, readonly string[]>> = {
  email: [
    "Email", "Email Address", "Mail", "Mail Address", "Emails", "Email ID", "E-mail Adresse",
    "Courriel", "Adresse e-mail", "Adresse mail", "Adresse électronique", "Correo",
    "Correo electrónico", "Dirección de correo", "Mailadresse", "E-mailadres", "Endereço de e-mail",
    "Correio eletrônico", "Indirizzo email", "Posta elettronica",
    "Indirizzo di posta elettronica", "E-post", "E-postadress", "E-postadresse",
    "Sähköposti", "Sähköpostiosoite",
  ],
  firstName: [
    "First Name", "First", "Given Name", "fname", "Forename", "Vorname", "Prénom", "Nombre",
    "Primeiro nome", "Nome", "Voornaam", "Förnamn", "Fornavn", "Etunimi",
  ],
  lastName: [
    "Last Name", "Last", "Surname", "Family Name", "lname", "Nachname", "Familienname", "Nom",
    "Nom de famille", "Apellido", "Apellidos", "Sobrenome", "Último nome", "Apelido", "Cognome",
    "Achternaam", "Efternamn", "Efternavn", "Etternavn", "Sukunimi",
  ],
  companyName: [
    "Company", "Company Name", "Account Name", "Company / Account", "Organization", "Organisation",
    "Organization Name", "Organisation Name", "Org", "Employer", "Business Name", "Firma",
    "Firmenname", "Unternehmen", "Unternehmensname", "Entreprise", "Société", "Nom de l'entreprise",
    "Raison sociale", "Empresa", "Compañía", "Nombre de la empresa", "Companhia", "Nome da empresa",
    "Azienda", "Ragione sociale", "Bedrijf", "Bedrijfsnaam", "Organisatie", "Företag",
    "Företagsnamn", "Virksomhed", "Firmanavn", "Bedrift", "Selskap", "Yritys", "Account",
    "Accounts", "Company Name for Emails",
  ],
  jobTitle: [
    "Title", "Job Title", "Position", "Role", "Job Role", "Job Position", "Job", "Designation",
    "Occupation", "Jobtitel", "Berufsbezeichnung", "Stellenbezeichnung", "Funktion", "Poste",
    "Intitulé du poste", "Fonction", "Titre", "Cargo", "Puesto", "Título del puesto", "Função",
    "Ruolo", "Posizione", "Qualifica", "Mansione", "Functie", "Functietitel", "Titel",
    "Befattning", "Roll", "Stilling", "Tittel", "Titteli", "Tehtävänimike",
  ],
  phone: [
    "Phone", "Phone Number", "Mobile Phone", "Mobile", "Mobile Number", "Cell", "Cell Phone",
    "Work Direct Phone", "Direct Phone", "Direct Dial", "Telephone", "Telephone Number", "Tel",
    "Phones", "Office Phone", "Telefon", "Telefonnummer", "Rufnummer", "Handy", "Mobil",
    "Mobiltelefon", "Mobilnummer", "Numéro de téléphone", "Portable", "Teléfono",
    "Número de teléfono", "Móvil", "Celular", "Telefone", "Telemóvel", "Cellulare",
    "Numero di telefono", "Telefoon", "Telefoonnummer", "Mobiel", "Puhelin", "Puhelinnumero",
    "Matkapuhelin", "SMS", "Landline", "Landline Number",
  ],
  linkedinUrl: [
    "LinkedIn", "LinkedIn URL", "LinkedIn Profile", "LinkedIn Profile URL", "LinkedIn Link",
    "LinkedIn Profile Link", "LinkedIn Handle", "LI URL", "LI Profile URL", "Profile URL",
    "Profile Link", "Profil LinkedIn", "LinkedIn-Profil", "Perfil de LinkedIn", "Profilo LinkedIn",
  ],
  website: [
    "Website", "Website URL", "Homepage", "Web", "URL", "Site", "Web Page", "Domain",
    "Domain Name", "Webseite", "Internetseite", "Internetadresse", "Site web", "Site internet",
    "Sitio web", "Página web", "Sito web", "Webadres", "Webbplats", "Hemsida", "Hjemmeside",
    "Nettside", "Kotisivu", "Verkkosivusto",
  ],
  city: [
    "City", "Town", "Locality", "Stadt", "Ort", "Wohnort", "Ville", "Ciudad", "Localidad",
    "Población", "Cidade", "Città", "Comune", "Plaats", "Woonplaats", "Stad", "By", "Poststed",
    "Kaupunki", "Paikkakunta",
  ],
  state: [
    "State", "State/Region", "State/Province", "Region", "Province", "State Code",
    "State or Province", "Bundesland", "Kanton", "Département", "Estado",
    "Provincia", "Comunidad autónoma", "Regione", "Provincie", "Län", "Fylke",
    "Maakunta",
  ],
  country: [
    "Country", "Country/Region", "Country Name", "Country Code", "Nation", "Land", "Pays", "País",
    "Paese", "Nazione", "Maa",
  ],
  timezone: [
    "Time Zone", "TZ", "Local Time Zone", "IANA Time Zone", "Zeitzone", "Fuseau horaire",
    "Zona horaria", "Fuso horário", "Fuso orario", "Tijdzone", "Tidszon", "Tidszone",
    "Aikavyöhyke",
  ],
  notes: [
    "Notes", "Note", "Comments", "Comment", "Remarks", "Notizen", "Notiz", "Bemerkung",
    "Bemerkungen", "Kommentar", "Kommentare", "Anmerkungen", "Remarques", "Commentaires",
    "Commentaire", "Notas", "Comentarios", "Observaciones", "Observações",
    "Commenti", "Notities", "Opmerkingen", "Anteckningar", "Kommentarer", "Noter", "Notater",
    "Muistiinpanot", "Description", "Beschreibung",
  ],
  source: [
    "Lead Source", "Source", "Original Source", "Lead Origin", "Source du lead", "Quelle",
    "Herkunft", "Fuente", "Origen", "Origem", "Fonte", "Origine", "Bron", "Källa", "Kilde",
    "Lähde", "Latest Source",
  ],
  status: ["Status", "Lead Status", "Prospect Status", "Statut"],
  emailStatus: [
    "Email Status", "Email Verification", "Email Verification Status", "Email Verification Result",
    "Verification Status", "Email Validation", "Email Validation Status", "Email Deliverability",
    "Deliverability",
  ],
  tags: [
    "Tags", "Tag", "Labels", "Label", "Schlagworte", "Schlagwörter", "Étiquettes", "Etiquetas",
    "Etichette", "Etiketter", "Tagit",
  ],
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
      "Name", "Full Name", "Display Name", "Vollständiger Name", "Nom complet", "Nombre completo",
      "Nome completo", "Volledige naam", "Fullständigt namn", "Fulde navn",
    ],
  },
  {
    reason: "a courtesy title (Mr., Ms., Dr.), not a name or a job title",
    headers: [
      "Salutation", "Civility", "Civilité", "Prefix", "Name Prefix", "Courtesy Title", "Honorific",
      "Anrede", "Tratamiento", "Aanhef", "Saudação", "Titolo di cortesia",
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
      "Headcount", "Employees",
    ],
  },
  {
    reason: "a postal code, which has no standard field",
    headers: [
      "Zip", "Zip Code", "Zip/Postal Code", "Postal Code", "Postcode", "Post Code", "PLZ",
      "Postleitzahl", "Code postal", "Código postal", "CAP", "Postnummer", "Postinumero",
    ],
  },
];

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

/** The field a whole spelling names, with its rank; `normalized` as normalizeHeader gives it. */
export function aliasOf(normalized: string): { field: StandardField; rank: number } | undefined {
  return FIELD_BY_ALIAS.get(normalized);
}

/** Why a header known not to be a lead field stays custom, or undefined. */
export function notStandardReason(normalized: string): string | undefined {
  return REASON_BY_HEADER.get(normalized);
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
 * Excel column letter). Only such columns are sniffed for fields other than email and LinkedIn: a
 * header that names something else (`Fax`, `Referrer URL`) keeps its values out of `phone` or
 * `website`.
 */
export function isGenericHeader(header: string): boolean {
  const normalized = normalizeHeader(header);
  return (
    GENERIC.test(normalized) || GENERIC_WORDS.has(normalized) || /^[a-z]{1,2}$/.test(normalized)
  );
}

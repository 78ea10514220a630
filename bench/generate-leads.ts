import { WORDS } from "./lead-words";

/**
 * Seeded, realistic leads for the bench: the same seed gives the same file in every process, so
 * the bench runner, its workers and the server all see identical rows.
 */

/** mulberry32: tiny, fast and good enough to make test data, not secrets. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface BenchLead {
  email: string;
  firstName: string;
  lastName: string;
  companyName: string;
  jobTitle: string;
  phone: string;
  linkedinUrl: string;
  website: string;
  city: string;
  country: string;
  notes?: string;
  customFields: { Industry: string; Employees: string; "Lead Score": string };
}

const LOREM =
  "Met at the trade fair; interested in the enterprise plan, wants a demo for the whole team, " +
  "call back after the quarter closes. Budget approved, procurement involved, decision in Q3. ";

interface Place {
  city: string;
  country: string;
  /** A phone number in one of the ways people write it there, from nine random digits. */
  phone: (d: string) => string;
}

const PLACES: Place[] = [
  {
    city: "San Francisco",
    country: "United States",
    phone: (d) => `+1 (415) ${d.slice(0, 3)}-${d.slice(3, 7)}`,
  },
  { city: "New York", country: "US", phone: (d) => `212.${d.slice(0, 3)}.${d.slice(3, 7)}` },
  { city: "Austin", country: "USA", phone: (d) => `(512) ${d.slice(0, 3)} ${d.slice(3, 7)}` },
  {
    city: "London",
    country: "United Kingdom",
    phone: (d) => `+44 20 ${d.slice(0, 4)} ${d.slice(4, 8)}`,
  },
  { city: "Manchester", country: "UK", phone: (d) => `0161 ${d.slice(0, 3)} ${d.slice(3, 7)}` },
  { city: "Berlin", country: "Germany", phone: (d) => `0049 30 ${d.slice(0, 8)}` },
  { city: "Munich", country: "DE", phone: (d) => `089 ${d.slice(0, 4)}-${d.slice(4, 8)}` },
  {
    city: "Paris",
    country: "France",
    phone: (d) => `tel:+33 1 ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6, 8)}`,
  },
  { city: "Madrid", country: "Spain", phone: (d) => `+34 91${d.slice(0, 7)}` },
  {
    city: "Toronto",
    country: "Canada",
    phone: (d) => `+1-416-${d.slice(0, 3)}-${d.slice(3, 7)} x${d.slice(7)}`,
  },
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function digits(random: () => number, count: number): string {
  let out = "";
  // A first digit of 2–9 keeps national numbers from looking like trunk or service prefixes.
  for (let i = 0; i < count; i++)
    out += String(i === 0 ? 2 + Math.floor(random() * 8) : Math.floor(random() * 10));
  return out;
}

const slugs = new Map<string, string>();

function slug(value: string): string {
  let known = slugs.get(value);
  if (known === undefined) {
    known = value
      .normalize("NFKD")
      .replace(/[^\w\s-]/g, "")
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, "-");
    slugs.set(value, known);
  }
  return known;
}

/** Upper, lower or extra-spaced now and then, as hand-kept spreadsheets are. */
function messy(random: () => number, value: string): string {
  const roll = random();
  if (roll < 0.05) return value.toUpperCase();
  if (roll < 0.1) return value.toLowerCase();
  if (roll < 0.13) return `  ${value} `;
  return value;
}

const INVALID_EMAILS = [
  (local: string) => `${local}@`,
  (local: string) => `${local} at example.com`,
  (local: string) => `${local}@@example.com`,
  (local: string) => `${local}@example`,
  (local: string) => `${local}.@example.com`,
];

export interface GenerateOptions {
  /** Pads each row with a notes text of about this many characters (the 50 MB file). */
  notesLength?: number;
}

/**
 * `count` leads: 5 % with an invalid email, 3 % repeating an earlier row's email (in another
 * case or with spaces around it), phones in several national and international formats.
 */
export function generateLeads(
  count: number,
  seed: number,
  options: GenerateOptions = {},
): BenchLead[] {
  const random = createRandom(seed);
  const leads: BenchLead[] = [];
  for (let i = 0; i < count; i++) {
    const first = pick(random, WORDS.first);
    const last = pick(random, WORDS.last);
    const companyWord = pick(random, WORDS.companyWords);
    const domain = `${slug(companyWord)}${Math.floor(random() * 500)}.com`;
    const place = pick(random, PLACES);
    const local = `${slug(first)}.${slug(last)}${seed % 1000}x${i}`;
    const roll = random();
    let email = `${local}@${domain}`;
    if (roll < 0.05) email = pick(random, INVALID_EMAILS)(local);
    else if (roll < 0.08 && leads.length > 0) {
      const earlier = leads[Math.floor(random() * leads.length)]?.email ?? email;
      email = random() < 0.5 ? earlier.toUpperCase() : ` ${earlier} `;
    } else if (roll < 0.2) email = email.replace(/^./, (c) => c.toUpperCase());
    const lead: BenchLead = {
      email,
      firstName: messy(random, first),
      lastName: messy(random, last),
      companyName: `${companyWord} ${pick(random, WORDS.companySuffixes)}`,
      jobTitle: pick(random, WORDS.titles),
      phone: place.phone(digits(random, 9)),
      linkedinUrl: linkedinUrl(random, first, last, i),
      website: random() < 0.5 ? `https://www.${domain}/` : domain,
      city: place.city,
      country: place.country,
      customFields: {
        Industry: pick(random, WORDS.industries),
        Employees: String(10 + Math.floor(random() * 5000)),
        "Lead Score": String(Math.floor(random() * 100)),
      },
    };
    if (options.notesLength) lead.notes = notes(options.notesLength, i);
    leads.push(lead);
  }
  return leads;
}

function linkedinUrl(random: () => number, first: string, last: string, i: number): string {
  const handle = `${slug(first)}-${slug(last)}-${i.toString(36)}`;
  const roll = random();
  if (roll < 0.5) return `https://www.linkedin.com/in/${handle}/`;
  if (roll < 0.8) return `linkedin.com/in/${handle}`;
  return `http://uk.linkedin.com/in/${handle}?trk=profile`;
}

function notes(length: number, i: number): string {
  const text = `#${i} ${LOREM.repeat(Math.ceil(length / LOREM.length))}`;
  return text.slice(0, length).trim();
}

export const CSV_HEADERS = [
  "Email",
  "First Name",
  "Last Name",
  "Company",
  "Title",
  "Phone",
  "LinkedIn URL",
  "Website",
  "City",
  "Country",
  "Industry",
  "Employees",
  "Lead Score",
];

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) || value !== value.trim()
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/** The leads as a CRM export would have them: a header row, CRLF line ends, quotes when needed. */
export function toCsv(leads: readonly BenchLead[]): string {
  const hasNotes = leads.some((lead) => lead.notes !== undefined);
  const header = hasNotes ? [...CSV_HEADERS, "Notes"] : CSV_HEADERS;
  const lines = [header.join(",")];
  for (const lead of leads) {
    const cells = [
      lead.email,
      lead.firstName,
      lead.lastName,
      lead.companyName,
      lead.jobTitle,
      lead.phone,
      lead.linkedinUrl,
      lead.website,
      lead.city,
      lead.country,
      lead.customFields.Industry,
      lead.customFields.Employees,
      lead.customFields["Lead Score"],
    ];
    if (hasNotes) cells.push(lead.notes ?? "");
    lines.push(cells.map(csvCell).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** The JSON body of `POST /v1/leads/bulk`: custom columns as top-level keys, as seed 000 sends them. */
export function toBulkBody(leads: readonly BenchLead[]): { leads: Record<string, string>[] } {
  return {
    leads: leads.map(({ customFields, notes: note, ...standard }) => ({
      ...standard,
      ...(note === undefined ? {} : { notes: note }),
      industry: customFields.Industry,
      employees: customFields.Employees,
      leadScore: customFields["Lead Score"],
    })),
  };
}

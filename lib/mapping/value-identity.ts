import { headerWords } from "./header-words";
import { linkedinLinkKind } from "./sniff-values";

/**
 * Values that say what a column is whatever its header says (rule 3): LinkedIn profile URLs are
 * the lead's `linkedinUrl`; other LinkedIn pages (a company's, a Sales Navigator lead's) are
 * neither `linkedinUrl` nor `website`; courtesy titles are not job titles.
 */
export type ValueIdentity = {
  kind: "linkedin-profiles" | "linkedin-pages" | "courtesy-titles";
  matches: number;
  sampled: number;
};

/** Share of a column's sampled values that must agree. */
const THRESHOLD = 0.8;

/**
 * Courtesy titles in the languages headers are read in, as headerWords reduces them (`Dr.` → dr,
 * `Mme` → mme, `Prof. Dr.` → prof, dr).
 */
const COURTESY_WORDS = new Set(
  `mr mrs ms miss mx mstr master dr doctor prof professor sir madam madame dame lord lady rev
  hon herr frau fraulein m mme mlle mm sr sra srta sres don dona dott dottssa dottoressa sig
  sigra ing mag dipl med dhr mevr mw hr fr fru`.split(/\s+/),
);

function isCourtesyTitle(value: string): boolean {
  const words = headerWords(value);
  return words.length > 0 && words.length <= 3 && words.every((word) => COURTESY_WORDS.has(word));
}

const DESCRIPTIONS: Record<ValueIdentity["kind"], string> = {
  "linkedin-profiles": "LinkedIn profile URLs",
  "linkedin-pages": "LinkedIn pages that are not a person's profile (companies, Sales Navigator)",
  "courtesy-titles": "courtesy titles (Mr., Ms., Dr.)",
};

/** What a column's sampled values identify, or null when they identify nothing. */
export function identifyValues(values: readonly string[]): ValueIdentity | null {
  if (values.length === 0) return null;
  const sampled = values.length;
  const agree = (matches: number) => matches > 0 && matches >= sampled * THRESHOLD;
  const kinds = values.map(linkedinLinkKind);
  const profiles = kinds.filter((kind) => kind === "profile").length;
  if (agree(profiles)) return { kind: "linkedin-profiles", matches: profiles, sampled };
  const pages = kinds.filter((kind) => kind === "page").length;
  if (agree(pages)) return { kind: "linkedin-pages", matches: pages, sampled };
  const titles = values.filter(isCourtesyTitle).length;
  if (agree(titles)) return { kind: "courtesy-titles", matches: titles, sampled };
  return null;
}

/** `values are LinkedIn profile URLs (40 of 42 sampled)` */
export function describeIdentity(identity: ValueIdentity): string {
  return `values are ${DESCRIPTIONS[identity.kind]} (${identity.matches} of ${identity.sampled} sampled)`;
}

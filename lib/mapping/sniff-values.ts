import { COUNTRY_CODES, COUNTRY_NAMES, US_ONLY_STATE_CODES } from "./country-names";
import { normalizeHeader } from "./normalize-header";

export type SniffedField = "email" | "linkedinUrl" | "website" | "phone" | "country";

/** Non-empty values looked at per column. */
export const SAMPLE_LIMIT = 200;

/** Share of sampled values that must match. Email is lower: dirty lists still need their email column. */
const THRESHOLDS: Record<SniffedField, number> = {
  email: 0.5,
  linkedinUrl: 0.8,
  website: 0.8,
  phone: 0.8,
  country: 0.8,
};

const NOUNS: Record<SniffedField, string> = {
  email: "email addresses",
  linkedinUrl: "LinkedIn profile URLs",
  website: "websites or domains",
  phone: "phone numbers",
  country: "countries",
};

/** The first `limit` non-empty, trimmed values of one column. */
export function sampleColumn(
  rows: readonly (readonly string[])[],
  index: number,
  limit = SAMPLE_LIMIT,
): string[] {
  const values: string[] = [];
  for (const row of rows) {
    const value = row[index]?.trim();
    if (value) values.push(value);
    if (values.length >= limit) break;
  }
  return values;
}

const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i;

/** An address as exports write it, `mailto:` and `Name <address>` included (cleanup strips both). */
export function looksLikeEmail(value: string): boolean {
  let text = value.trim();
  const open = text.lastIndexOf("<");
  if (open !== -1 && text.endsWith(">")) text = text.slice(open + 1, -1).trim();
  if (text.toLowerCase().startsWith("mailto:")) text = text.slice("mailto:".length);
  return EMAIL.test(text);
}

const PHONE_CHARS = /^\+?[\d\s().-]+$/;
const EXTENSION = /\s*(?:x|ext\.?|extension)\s*\d{1,6}$/i;
const DATE_LIKE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;
const DECIMAL = /^\d+[.,]\d{1,2}$/;

/**
 * 7 to 15 digits (E.164's maximum) written with phone punctuation, and not a date or an amount.
 * A bare run of digits counts only from 10 digits: shorter ones are more often ids or amounts.
 */
export function looksLikePhone(value: string): boolean {
  const main = value.trim().replace(EXTENSION, "");
  if (!PHONE_CHARS.test(main) || DATE_LIKE.test(main) || DECIMAL.test(main)) return false;
  const digits = main.replace(/\D/g, "").length;
  if (digits < 7 || digits > 15) return false;
  return /\D/.test(main) || digits >= 10;
}

/** Any LinkedIn link, with the first segment of its path: `in`, `pub`, `company`, `sales`… */
const LINKEDIN_LINK =
  /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*linkedin\.com\/(?:mwlite\/)?([a-z]+)\/[^\s]/i;
const PROFILE_PATHS = new Set(["in", "pub"]);

/**
 * What a LinkedIn link points to: a person's public profile (`/in/…`, `/pub/…`, on any regional
 * or mobile host), another page (a company, school or showcase page, a Sales Navigator lead), or
 * null for anything that is not a LinkedIn link.
 */
export function linkedinLinkKind(value: string): "profile" | "page" | null {
  const path = LINKEDIN_LINK.exec(value.trim())?.[1];
  if (path === undefined) return null;
  return PROFILE_PATHS.has(path.toLowerCase()) ? "profile" : "page";
}

/** A person's profile (`/in/…`, `/pub/…`), not a company page. */
export function looksLikeLinkedinUrl(value: string): boolean {
  return linkedinLinkKind(value) === "profile";
}

const WEBSITE =
  /^(?:https?:\/\/)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}(?::\d{1,5})?(?:[/?#]\S*)?$/i;

export function looksLikeWebsite(value: string): boolean {
  const text = value.trim();
  return WEBSITE.test(text) && !/linkedin\.com\//i.test(text);
}

/**
 * A country name (English, German, French, Spanish) or ISO code. Two-letter codes count only when
 * `allowCodes`: in a column of US states, `CA`, `DE` and `IN` are states, not countries.
 */
export function looksLikeCountry(value: string, allowCodes = true): boolean {
  const text = value.trim();
  if (text.length === 2) return allowCodes && COUNTRY_CODES.has(text.toUpperCase());
  return COUNTRY_NAMES.has(normalizeHeader(text));
}

export function countEmails(values: readonly string[]): number {
  return values.filter(looksLikeEmail).length;
}

export interface ValueSniff {
  field: SniffedField;
  matches: number;
  sampled: number;
  share: number;
}

function matcherFor(field: SniffedField, values: readonly string[]): (value: string) => boolean {
  if (field === "email") return looksLikeEmail;
  if (field === "linkedinUrl") return looksLikeLinkedinUrl;
  if (field === "website") return looksLikeWebsite;
  if (field === "phone") return looksLikePhone;
  const allowCodes = !values.some((value) => US_ONLY_STATE_CODES.has(value.trim().toUpperCase()));
  return (value) => looksLikeCountry(value, allowCodes);
}

/** Tried in this order; the patterns barely overlap, and email is the one an import needs. */
const ORDER: readonly SniffedField[] = ["email", "linkedinUrl", "website", "phone", "country"];

/**
 * The standard field a column's sampled values look like, or null. `fields` limits what is
 * tried (columns with a telling header are only sniffed for email).
 */
export function sniffValues(
  values: readonly string[],
  fields: readonly SniffedField[] = ORDER,
): ValueSniff | null {
  if (values.length === 0) return null;
  for (const field of ORDER) {
    if (!fields.includes(field)) continue;
    const matches = values.filter(matcherFor(field, values)).length;
    const share = matches / values.length;
    if (matches > 0 && share >= THRESHOLDS[field]) {
      return { field, matches, sampled: values.length, share };
    }
  }
  return null;
}

/** `values look like email addresses (96% of 50 sampled)` */
export function describeSniff(sniff: ValueSniff): string {
  const percent = Math.round(sniff.share * 100);
  return `values look like ${NOUNS[sniff.field]} (${percent}% of ${sniff.sampled} sampled)`;
}

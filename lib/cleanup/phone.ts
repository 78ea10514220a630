import type { CountryCode, PhoneNumber } from "libphonenumber-js";
// `min` metadata: enough to tell a possible number and format E.164; `max` adds per-type
// patterns we would only need for isValid(), at several times the browser bundle size.
import { parsePhoneNumberFromString } from "libphonenumber-js/min";

const WHITESPACE = /\s+/g;
const TEL_PREFIX = /^tel:\s*/i;
const INTERNATIONAL_00 = /^00(?=\d)/;
const HAS_LETTER = /[a-z]/i;
const VANITY = /^\+?[\d\s().-]*\d[\d\s().-]*[a-z][a-z\d\s.-]*$/i;
const LETTER_RUN = /[a-z]+/gi;
const EXTENSION_WORD = /^(?:x|ext|extension)$/i;
const KEYPAD = "22233344455566677778889999";
/*
 * Spreadsheets turn a phone column into dates and scientific notation; such values are kept as
 * they came rather than read as digits (seeds' README: never turned into a date).
 */
const DAY_MONTH_YEAR = /^(\d{1,2})([./-])(\d{1,2})\2(?:\d{2}|\d{4})(?:[ T]\d{1,2}:\d{2}\S*)?$/;
const YEAR_MONTH_DAY = /^(?:19|20)\d{2}([./-])(\d{1,2})\1(\d{1,2})(?:[ T]\d{1,2}:\d{2}\S*)?$/;
const SCIENTIFIC = /^\d(?:[.,]\d+)?e\+?\d+$/i;

function looksLikeDate(value: string): boolean {
  const dayMonthYear = DAY_MONTH_YEAR.exec(value);
  if (dayMonthYear) {
    const first = Number(dayMonthYear[1]);
    const second = Number(dayMonthYear[3]);
    return (
      first >= 1 && second >= 1 && first <= 31 && second <= 31 && Math.min(first, second) <= 12
    );
  }
  const yearMonthDay = YEAR_MONTH_DAY.exec(value);
  if (yearMonthDay) {
    const month = Number(yearMonthDay[2]);
    const day = Number(yearMonthDay[3]);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }
  return false;
}

function keypadDigits(letters: string): string {
  if (EXTENSION_WORD.test(letters)) return letters;
  let digits = "";
  for (const letter of letters.toUpperCase()) digits += KEYPAD[letter.charCodeAt(0) - 65] ?? "";
  return digits;
}

function parsePossible(value: string, region: CountryCode | undefined): PhoneNumber | undefined {
  const parsed = parsePhoneNumberFromString(value, region);
  return parsed?.isPossible() ? parsed : undefined;
}

function toE164(value: string, region: CountryCode | undefined): string | undefined {
  if (looksLikeDate(value) || SCIENTIFIC.test(value)) return undefined;
  const international = value.replace(INTERNATIONAL_00, "+");
  if (!international.startsWith("+") && !region) return undefined;
  // libphonenumber-js reads no letters, so `1-800-FLOWERS` is spelled out on the keypad first.
  const parsed =
    parsePossible(international, region) ??
    (HAS_LETTER.test(international) && VANITY.test(international)
      ? parsePossible(international.replace(LETTER_RUN, keypadDigits), region)
      : undefined);
  if (!parsed) return undefined;
  // RFC 3966's form: E.164 has no extension, and dropping it would lose the way to reach a person.
  return parsed.ext ? `${parsed.number};ext=${parsed.ext}` : parsed.number;
}

// Imports reach 50,000 rows (seed 001) and phone parsing is their slowest cleanup step.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();

/**
 * E.164 when the value is a possible number for its own `+`/`00` prefix or for `region`;
 * otherwise the value trimmed, whitespace collapsed and `tel:` removed, never dropped.
 */
export function cleanPhone(raw: string, region?: CountryCode): string {
  const key = `${region ?? ""}\u0000${raw}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const value = raw.replace(WHITESPACE, " ").trim().replace(TEL_PREFIX, "");
  const cleaned = toE164(value, region) ?? value;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, cleaned);
  return cleaned;
}

import type { CountryCode } from "libphonenumber-js";
// `min` metadata: enough to tell a possible number and format E.164; `max` adds per-type
// patterns we would only need for isValid(), at several times the browser bundle size.
import { parsePhoneNumberFromString } from "libphonenumber-js/min";
import { plainNumberE164, readPlainNumber } from "./plain-phone-number";

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

/** RFC 3966's form: E.164 has no extension, and dropping it would lose the way to reach a person. */
function withExtension(number: string, ext: string | undefined): string {
  return ext ? `${number};ext=${ext}` : number;
}

/** What libphonenumber-js makes of the value when it is a possible number, in E.164. */
function possibleE164(value: string, region: CountryCode | undefined): string | undefined {
  const plain = readPlainNumber(value);
  if (plain) {
    const number = plainNumberE164(plain.number, region);
    return number && withExtension(number, plain.ext);
  }
  const parsed = parsePhoneNumberFromString(value, region);
  return parsed?.isPossible() ? withExtension(parsed.number, parsed.ext) : undefined;
}

function toE164(value: string, region: CountryCode | undefined): string | undefined {
  if (looksLikeDate(value) || SCIENTIFIC.test(value)) return undefined;
  const international = value.replace(INTERNATIONAL_00, "+");
  if (!international.startsWith("+") && !region) return undefined;
  // libphonenumber-js reads no letters, so `1-800-FLOWERS` is spelled out on the keypad first.
  return (
    possibleE164(international, region) ??
    (HAS_LETTER.test(international) && VANITY.test(international)
      ? possibleE164(international.replace(LETTER_RUN, keypadDigits), region)
      : undefined)
  );
}

/**
 * E.164 when the value is a possible number for its own `+`/`00` prefix or for `region`;
 * otherwise the value trimmed, whitespace collapsed and `tel:` removed, never dropped.
 */
export function cleanPhone(raw: string, region?: CountryCode): string {
  const value = raw.replace(WHITESPACE, " ").trim().replace(TEL_PREFIX, "");
  return toE164(value, region) ?? value;
}

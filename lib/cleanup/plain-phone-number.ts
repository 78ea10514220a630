import { Metadata } from "libphonenumber-js/core";
import metadataJson from "libphonenumber-js/min/metadata";

/*
 * libphonenumber-js's `parsePhoneNumberFromString(value, region)?.isPossible()` and `.number`,
 * step for step over the same `min` metadata, for the form nearly every export uses: digits
 * with spaces, ( ) . - / and at most a leading +. The library builds a RegExp and metadata
 * objects at each step of each call (most of an import's cleanup time: the bench's csv-phases case
 * shows it as its clean phase); here every pattern is compiled once. plain-phone-number.test.ts holds the two to the same
 * answers on numbers of every country in the metadata.
 */

/** Digits written with spaces, ( ) . - / and at most one + before the first digit; 3+ digits. */
const PLAIN_NUMBER = /^[ ().\/-]*\+?(?:[ ().\/-]*\d){3,}[ ().\/-]*$/;
/**
 * An extension as `x12`, `ext. 12` or `extension 12` after the number: the library's pattern
 * reads these the same way (it allows up to 9 digits after `x`, 20 after `ext`).
 */
const EXTENSION = /^(.*?) *(?:x|ext|extension)[.:]? *(\d{1,9})$/i;
/** The library's own limits: longer input is not read, a national number is 2 to 17 digits. */
const MAX_INPUT_LENGTH = 250;
const MIN_NATIONAL_LENGTH = 2;
const MAX_NATIONAL_LENGTH = 17;
const MAX_CALLING_CODE_LENGTH = 3;
const NON_DIGIT = /\D/g;

export interface PlainNumber {
  number: string;
  ext?: string;
}

/** The number and its extension when the value is written plainly; undefined otherwise. */
export function readPlainNumber(value: string): PlainNumber | undefined {
  if (value.length > MAX_INPUT_LENGTH) return undefined;
  if (PLAIN_NUMBER.test(value)) return { number: value };
  const withExtension = EXTENSION.exec(value);
  const number = withExtension?.[1];
  return number && PLAIN_NUMBER.test(number) ? { number, ext: withExtension[2] } : undefined;
}

/** The parts of libphonenumber-js's Metadata this reads; its typings declare only a few. */
interface NumberingPlanMethods {
  callingCode(): string;
  IDDPrefix(): string | undefined;
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  leadingDigits(): string | undefined;
  type(type: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}
interface MetadataMethods {
  numberingPlan: NumberingPlanMethods;
  selectNumberingPlan(countryOrCallingCode: string): void;
  hasCountry(country: string): boolean;
  hasCallingCode(callingCode: string): boolean;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
}

const TYPES = [
  "FIXED_LINE",
  "MOBILE",
  "PREMIUM_RATE",
  "TOLL_FREE",
  "SHARED_COST",
  "VOIP",
  "PERSONAL_NUMBER",
  "PAGER",
  "UAN",
  "VOICEMAIL",
];

type LengthCheck = "IS_POSSIBLE" | "TOO_SHORT" | "TOO_LONG" | "INVALID_LENGTH";

/** One country's (or calling code's main country's) numbering plan, its patterns compiled. */
class Plan {
  readonly callingCode: string;
  readonly possibleLengths: readonly number[] | undefined;
  readonly iddPrefix: RegExp | undefined;
  readonly nationalNumber: RegExp;
  readonly nationalPrefix: RegExp | undefined;
  readonly transformRule: string | undefined;
  readonly leadingDigits: RegExp | undefined;
  readonly types: ReadonlyArray<{ pattern: RegExp; lengths: readonly number[] | undefined }>;

  constructor(plan: NumberingPlanMethods) {
    this.callingCode = plan.callingCode();
    this.possibleLengths = plan.possibleLengths();
    this.iddPrefix = startPattern(plan.IDDPrefix());
    this.nationalNumber = new RegExp(`^(?:${plan.nationalNumberPattern()})$`);
    this.nationalPrefix = startPattern(plan.nationalPrefixForParsing());
    this.transformRule = plan.nationalPrefixTransformRule();
    this.leadingDigits = startPattern(plan.leadingDigits());
    this.types = TYPES.flatMap((name) => {
      const type = plan.type(name);
      const pattern = type?.pattern();
      return type && pattern
        ? [{ pattern: new RegExp(`^(?:${pattern})$`), lengths: type.possibleLengths() }]
        : [];
    });
  }

  /** The library's checkNumberLength. */
  checkLength(nationalNumber: string): LengthCheck {
    const lengths = this.possibleLengths;
    if (!lengths) return "IS_POSSIBLE";
    if (lengths.length === 0) return "INVALID_LENGTH";
    const length = nationalNumber.length;
    const shortest = lengths[0] as number;
    if (shortest === length) return "IS_POSSIBLE";
    if (shortest > length) return "TOO_SHORT";
    if ((lengths[lengths.length - 1] as number) < length) return "TOO_LONG";
    return lengths.indexOf(length, 1) >= 0 ? "IS_POSSIBLE" : "INVALID_LENGTH";
  }

  /** The library's getNumberType, as a yes or no. */
  hasTypeOf(nationalNumber: string): boolean {
    if (!this.nationalNumber.test(nationalNumber)) return false;
    return this.types.some(
      ({ pattern, lengths }) =>
        (!lengths || lengths.includes(nationalNumber.length)) && pattern.test(nationalNumber),
    );
  }
}

function startPattern(source: string | undefined): RegExp | undefined {
  return source ? new RegExp(`^(?:${source})`) : undefined;
}

const metadata = new Metadata(metadataJson) as unknown as MetadataMethods;
const plans = new Map<string, Plan>();

/** By country (`GB`) or by calling code (`44`, meaning its main country). */
function planOf(countryOrCallingCode: string): Plan {
  let plan = plans.get(countryOrCallingCode);
  if (!plan) {
    const selected = new Metadata(metadataJson) as unknown as MetadataMethods;
    selected.selectNumberingPlan(countryOrCallingCode);
    plan = new Plan(selected.numberingPlan);
    plans.set(countryOrCallingCode, plan);
  }
  return plan;
}

/** The library's getCountryByCallingCode: which of the countries sharing a code the number is in. */
function countryOf(callingCode: string, nationalNumber: string): string | undefined {
  const countries = metadata.getCountryCodesForCallingCode(callingCode);
  if (!countries || countries.length === 0) return undefined;
  if (countries.length === 1) return countries[0];
  return countries.find((country) => {
    const plan = planOf(country);
    return plan.leadingDigits
      ? nationalNumber !== "" && plan.leadingDigits.test(nationalNumber)
      : plan.hasTypeOf(nationalNumber);
  });
}

/** The library's extractNationalNumber: the national prefix (and carrier code) removed, if right. */
function nationalNumberOf(digits: string, plan: Plan): string {
  const match = plan.nationalPrefix?.exec(digits);
  if (!digits || !match) return digits;
  const groups = match.length - 1;
  const hasGroups = groups > 0 && Boolean(match[groups]);
  const nationalNumber =
    plan.transformRule && hasGroups
      ? digits.replace(plan.nationalPrefix as RegExp, plan.transformRule)
      : digits.slice(match[0].length);
  if (nationalNumber === digits) return digits;
  if (plan.nationalNumber.test(digits) && !plan.nationalNumber.test(nationalNumber)) return digits;
  if (plan.possibleLengths) {
    const country = countryOf(plan.callingCode, nationalNumber);
    const check = (country ? planOf(country) : plan).checkLength(nationalNumber);
    if (check === "TOO_SHORT" || check === "INVALID_LENGTH") return digits;
  }
  return nationalNumber;
}

interface CallingCodeAndRest {
  callingCode: string;
  rest: string;
}

/** After a + (or an IDD prefix): the calling code, or undefined when none is known. */
function splitInternational(digits: string): CallingCodeAndRest | undefined {
  if (digits[0] === "0") return undefined;
  for (let length = 1; length <= MAX_CALLING_CODE_LENGTH && length <= digits.length; length++) {
    const callingCode = digits.slice(0, length);
    if (metadata.hasCallingCode(callingCode)) return { callingCode, rest: digits.slice(length) };
  }
  return undefined;
}

/** The library's stripIddPrefix: the digits after `011`/`00`…, unless a 0 follows it. */
function withoutIddPrefix(digits: string, region: Plan): string | undefined {
  const match = region.iddPrefix?.exec(digits);
  if (!match) return undefined;
  const rest = digits.slice(match[0].length);
  return rest === "" || rest[0] === "0" ? undefined : rest;
}

/** The library's extractCountryCallingCodeFromInternationalNumberWithoutPlusSign. */
function withoutOwnCallingCode(digits: string, region: Plan): CallingCodeAndRest | undefined {
  const callingCode = region.callingCode;
  if (!digits.startsWith(callingCode)) return undefined;
  const rest = digits.slice(callingCode.length);
  const whole = nationalNumberOf(digits, region);
  const shorter = nationalNumberOf(rest, region);
  const isBetter =
    (!region.nationalNumber.test(whole) && region.nationalNumber.test(shorter)) ||
    region.checkLength(whole) === "TOO_LONG";
  return isBetter ? { callingCode, rest } : undefined;
}

/**
 * E.164 for a plain number (see readPlainNumber) when it is a possible number for its own +/IDD
 * calling code or for `region`; undefined otherwise, as the library answers.
 */
export function plainNumberE164(value: string, region: string | undefined): string | undefined {
  if (region && !metadata.hasCountry(region)) return undefined;
  const digits = value.replace(NON_DIGIT, "");
  const regionPlan = region ? planOf(region) : undefined;
  let split: CallingCodeAndRest | undefined;
  let country: string | undefined;
  if (value.includes("+")) {
    split = splitInternational(digits);
  } else {
    if (!regionPlan) return undefined;
    const afterIdd = withoutIddPrefix(digits, regionPlan);
    if (afterIdd !== undefined) {
      split = splitInternational(afterIdd);
    } else {
      split = withoutOwnCallingCode(digits, regionPlan);
      if (!split) {
        // A national number: the region's plan reads it, and is its country unless one is found.
        split = { callingCode: regionPlan.callingCode, rest: digits };
        country = region;
      }
    }
  }
  if (!split || split.rest === "") return undefined;
  const plan = country ? (regionPlan as Plan) : planOf(split.callingCode);
  const nationalNumber = nationalNumberOf(split.rest, plan);
  country = countryOf(split.callingCode, nationalNumber) ?? country;
  if (nationalNumber.length < MIN_NATIONAL_LENGTH || nationalNumber.length > MAX_NATIONAL_LENGTH)
    return undefined;
  const lengthPlan = planOf(country ?? split.callingCode);
  return lengthPlan.checkLength(nationalNumber) === "IS_POSSIBLE"
    ? `+${split.callingCode}${nationalNumber}`
    : undefined;
}

import { getCountries, getExampleNumber, parsePhoneNumberFromString } from "libphonenumber-js/min";
import examples from "libphonenumber-js/mobile/examples";
import { describe, expect, it } from "vitest";
import { plainNumberE164, readPlainNumber } from "./plain-phone-number";

function libraryAnswer(value: string, region: string | undefined): string | undefined {
  const parsed = parsePhoneNumberFromString(value, region as never);
  return parsed?.isPossible() ? `${parsed.number} ext ${parsed.ext}` : undefined;
}

/** The plain path's answer in the same shape, or null when it leaves the value to the library. */
function plainAnswer(value: string, region: string | undefined): string | undefined | null {
  const plain = readPlainNumber(value);
  if (!plain) return null;
  const number = plainNumberE164(plain.number, region);
  return number && `${number} ext ${plain.ext}`;
}

const EXTENSIONS = [" x12", "x7", " ext. 345", " EXT:9", " extension 42", " x1234567890"];

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

const random = seededRandom(20261123);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const randomDigits = (count: number) =>
  Array.from({ length: count }, () => Math.floor(random() * 10)).join("");

/** The ways exports write a number: grouped by spaces, dashes, dots, an area code in brackets. */
function written(digits: string): string {
  const style = Math.floor(random() * 5);
  if (style === 0) return digits;
  if (style === 1) return digits.replace(/(\d{3})(?=\d)/g, "$1 ");
  if (style === 2) return digits.replace(/(\d{3})(?=\d{4})/g, "$1-");
  if (style === 3) return digits.replace(/(\d{2})(?=\d)/g, "$1.");
  return `(${digits.slice(0, 3)}) ${digits.slice(3)}`;
}

/** Small changes that move a real number across its country's patterns and lengths. */
function variantsOf(national: string): string[] {
  const cut = national.slice(0, -1 - Math.floor(random() * 3));
  const longer = national + randomDigits(1 + Math.floor(random() * 3));
  const retail = national.slice(0, -4) + randomDigits(4);
  return [national, cut, longer, retail, randomDigits(national.length)];
}

const COUNTRIES = getCountries();
const REGIONS = ["US", "CA", "GB", "DE", "FR", "IT", "AU", "IN", "BR", "AR", "MX", "RU", "NO"];

function corpus(): Array<[string, string | undefined]> {
  const cases: Array<[string, string | undefined]> = [];
  for (const country of COUNTRIES) {
    const example = getExampleNumber(country, examples);
    const callingCode = example?.countryCallingCode ?? "1";
    const nationals = example ? variantsOf(example.nationalNumber) : [randomDigits(9)];
    const regions = [country, ...REGIONS, pick(COUNTRIES), undefined];
    for (const national of nationals) {
      const forms = [
        `+${callingCode} ${written(national)}`,
        `+${callingCode}${national}`,
        `(+${callingCode}) ${written(national)}`,
        written(national),
        `0${national}`,
        `${callingCode}${national}`,
        `011 ${callingCode} ${written(national)}`,
        `00${callingCode}${national}`,
        `+${randomDigits(2 + Math.floor(random() * 13))}`,
        randomDigits(3 + Math.floor(random() * 15)),
      ];
      forms.push(`${pick(forms)}${pick(EXTENSIONS)}`);
      for (const form of forms) for (const region of regions) cases.push([form, region]);
    }
  }
  return cases;
}

describe("plainNumberE164", () => {
  it("answers as libphonenumber-js does for numbers of every country, read with many regions", () => {
    const cases = corpus();
    const answers = cases.map(([value, region]) => ({
      value,
      region,
      library: libraryAnswer(value, region),
      plain: plainAnswer(value, region),
    }));
    const read = answers.filter(({ plain }) => plain !== null);
    const disagreements = read.filter(({ library, plain }) => library !== plain);
    expect(read.length).toBeGreaterThan(50_000);
    expect(read.filter(({ plain }) => plain !== undefined).length).toBeGreaterThan(20_000);
    expect(disagreements.slice(0, 20)).toEqual([]);
  });

  it("reads the formats of the seeds' examples", () => {
    expect(plainNumberE164("+1 (415) 555-0123", undefined)).toBe("+14155550123");
    expect(plainNumberE164("(415) 555-0123", "US")).toBe("+14155550123");
    expect(plainNumberE164("020 7946 0958", "GB")).toBe("+442079460958");
    expect(plainNumberE164("011 44 20 7946 0958", "US")).toBe("+442079460958");
    expect(plainNumberE164("415 555", "US")).toBeUndefined();
    expect(plainNumberE164("+999 123 456", undefined)).toBeUndefined();
  });

  it("leaves everything but digits, their punctuation and an extension to the library", () => {
    expect(readPlainNumber("+1 415 555 0123")).toEqual({ number: "+1 415 555 0123" });
    expect(readPlainNumber("(+44) 20 7946 0958")).toEqual({ number: "(+44) 20 7946 0958" });
    expect(readPlainNumber("+1 415 555 0123 ext. 12")).toEqual({
      number: "+1 415 555 0123",
      ext: "12",
    });
    expect(readPlainNumber("+1 415 555 0123 #12")).toBeUndefined();
    expect(readPlainNumber("1-800-FLOWERS")).toBeUndefined();
    expect(readPlainNumber("415 +1")).toBeUndefined();
    expect(readPlainNumber("12")).toBeUndefined();
    expect(readPlainNumber("4".repeat(251))).toBeUndefined();
  });
});

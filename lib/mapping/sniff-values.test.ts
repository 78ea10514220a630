import { describe, expect, it } from "vitest";
import { COUNTRY_CODES } from "./country-names";
import {
  countEmails,
  describeSniff,
  looksLikeCountry,
  looksLikeEmail,
  looksLikeLinkedinUrl,
  looksLikePhone,
  looksLikeWebsite,
  sampleColumn,
  sniffValues,
} from "./sniff-values";

describe("value sniffers", () => {
  it.each([
    ["jane.doe@acme.com", true],
    ["  JANE@ACME.IO ", true],
    ["j+tag@mail.acme.co.uk", true],
    ["mailto:jane@acme.com", true],
    ["Jane Doe <jane@acme.com>", true],
    ["jane@acme", false],
    ["jane.acme.com", false],
    ["jane @acme.com", false],
    ["@acme.com", false],
    ["not-an-email", false],
  ])("looksLikeEmail(%j) is %s", (value, expected) => {
    expect(looksLikeEmail(value)).toBe(expected);
  });

  it.each([
    ["+1 (415) 555-1234", true],
    ["415.555.1234", true],
    ["4155551234", true],
    ["+49 30 1234567", true],
    ["0049 30 1234567", true],
    ["030-1234567", true],
    ["+1 415 555 1234 ext. 12", true],
    ["555-1234", true],
    ["51234567", false],
    ["2024-01-15", false],
    ["15.01.2024", false],
    ["1234567.89", false],
    ["123-456", false],
    ["+1234567890123456", false],
    ["4.15555E+09", false],
    ["call me", false],
  ])("looksLikePhone(%j) is %s", (value, expected) => {
    expect(looksLikePhone(value)).toBe(expected);
  });

  it.each([
    ["https://www.linkedin.com/in/jane-doe/", true],
    ["linkedin.com/in/jane-doe", true],
    ["http://de.linkedin.com/pub/jane-doe/1/2/3", true],
    ["https://mobile.linkedin.com/in/jane", true],
    ["https://www.linkedin.com/company/acme", false],
    ["https://acme.com", false],
  ])("looksLikeLinkedinUrl(%j) is %s", (value, expected) => {
    expect(looksLikeLinkedinUrl(value)).toBe(expected);
  });

  it.each([
    ["acme.com", true],
    ["www.acme.co.uk", true],
    ["https://acme.io/about?x=1", true],
    ["http://localhost", false],
    ["https://www.linkedin.com/in/jane", false],
    ["jane@acme.com", false],
    ["Acme Inc.", false],
  ])("looksLikeWebsite(%j) is %s", (value, expected) => {
    expect(looksLikeWebsite(value)).toBe(expected);
  });

  it.each([
    ["Germany", true],
    ["Deutschland", true],
    ["United States", true],
    ["USA", true],
    ["Côte d'Ivoire", true],
    ["españa", true],
    ["DE", true],
    ["uk", true],
    ["Atlantis", false],
    ["XX", false],
    ["Berlin", false],
  ])("looksLikeCountry(%j) is %s", (value, expected) => {
    expect(looksLikeCountry(value)).toBe(expected);
  });

  it("does not take two-letter codes for countries when codes are not allowed", () => {
    expect(looksLikeCountry("CA", false)).toBe(false);
    expect(looksLikeCountry("Canada", false)).toBe(true);
  });

  it("lists the 249 ISO 3166-1 codes plus UK, each a region Intl knows", () => {
    expect(COUNTRY_CODES.size).toBe(250);
    const names = new Intl.DisplayNames(["en"], { type: "region" });
    for (const code of COUNTRY_CODES) expect(names.of(code), code).not.toBe(code);
  });
});

describe("sampleColumn", () => {
  it("takes trimmed non-empty values of one column, up to the limit, past short rows", () => {
    const rows = [["a", " x "], ["b"], ["c", ""], ["d", "y"], ["e", "z"]];
    expect(sampleColumn(rows, 1)).toEqual(["x", "y", "z"]);
    expect(sampleColumn(rows, 1, 2)).toEqual(["x", "y"]);
  });
});

describe("sniffValues", () => {
  const emails = [...Array.from({ length: 48 }, (_, i) => `p${i}@acme.com`), "n/a", "unknown"];

  it.each([
    ["email", emails],
    ["linkedinUrl", ["https://www.linkedin.com/in/a", "linkedin.com/in/b"]],
    ["website", ["acme.com", "https://globex.io"]],
    ["phone", ["+1 415 555 1234", "(212) 555-0100"]],
    ["country", ["Germany", "France", "US"]],
  ] as const)("recognises a column of %s values", (field, values) => {
    expect(sniffValues(values)?.field).toBe(field);
  });

  it.each([
    ["names", ["Jane", "John"]],
    ["dates", ["2024-01-15", "2024-02-01"]],
    ["amounts", ["1500000", "2500000"]],
    ["ZIP codes", ["94105", "10001-1234"]],
    ["nothing", []],
  ])("recognises nothing in %s", (_, values) => {
    expect(sniffValues(values)).toBeNull();
  });

  it("does not take a column of US state codes for countries", () => {
    expect(sniffValues(["CA", "NY", "TX", "DE", "IN"])).toBeNull();
  });

  it("needs 80% of values for a phone column but half for an email column", () => {
    expect(sniffValues(["+1 415 555 1234", "+1 415 555 1235", "n/a"])).toBeNull();
    expect(sniffValues(["a@acme.com", "b@acme.com", "n/a", "-"])?.field).toBe("email");
  });

  it("sniffs only the fields it is asked for", () => {
    expect(sniffValues(["+1 415 555 1234"], ["email"])).toBeNull();
  });

  it("explains itself with the share and the sample size", () => {
    const sniff = sniffValues(emails);
    expect(sniff).toMatchObject({ matches: 48, sampled: 50 });
    expect(sniff && describeSniff(sniff)).toBe(
      "values look like email addresses (96% of 50 sampled)",
    );
  });

  it("counts valid addresses", () => {
    expect(countEmails(emails)).toBe(48);
  });
});

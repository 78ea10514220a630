import { describe, expect, it } from "vitest";
import { cleanEmail, isValidEmail } from "./email";

describe("cleanEmail", () => {
  it.each([
    ["mailto:JOHN@ACME.COM", "john@acme.com"],
    ["MailTo:jane@acme.com", "jane@acme.com"],
    ["mailto:jane@acme.com?subject=Hello", "jane@acme.com"],
    ["<john@acme.com>", "john@acme.com"],
    ["  < John@Acme.com >  ", "john@acme.com"],
    ["John Smith <John.Smith@Acme.com>", "john.smith@acme.com"],
    ['"Smith, John" <john.smith@acme.com>', "john.smith@acme.com"],
    ["<mailto:john@acme.com>", "john@acme.com"],
    ["  Émilie@Exemple.FR ", "émilie@exemple.fr"],
    ["not-an-email", "not-an-email"],
  ])("cleans %j to %j", (raw, expected) => {
    expect(cleanEmail(raw)).toBe(expected);
  });

  it.each([
    ["zero-width space", "jo\u200Bhn@acme.com"],
    ["zero-width non-joiner and joiner", "\u200Cjohn@ac\u200Dme.com"],
    ["word joiner and byte order mark", "\uFEFFjohn\u2060@acme.com"],
    ["right-to-left override", "\u202Ejohn@acme.com\u202C"],
    ["left-to-right and right-to-left marks", "\u200Ejohn@acme.com\u200F"],
    ["soft hyphen", "jo\u00ADhn@acme.com"],
    ["isolates", "\u2066john@acme.com\u2069"],
  ])("strips invisible characters (%s), leaving the address that shows on screen", (_, raw) => {
    expect(cleanEmail(raw)).toBe("john@acme.com");
  });
});

describe("isValidEmail", () => {
  it.each([
    "john@acme.com",
    "jane.doe+newsletter@example.co.uk",
    "o'brien@acme.ie",
    "sales@münchen-gmbh.de",
    "info@例え.jp",
    "x@acme.xn--p1ai",
    "a_b-c@sub.domain-1.io",
  ])("accepts %j", (email) => {
    expect(isValidEmail(email)).toBe(true);
  });

  it.each([
    "not-an-email",
    "invalid@",
    "a@b",
    "a b@c.com",
    "john@@acme.com",
    "@acme.com",
    "john@acme",
    "john@acme.c",
    "john..smith@acme.com",
    ".john@acme.com",
    "john.@acme.com",
    "john@acme..com",
    "john@-acme.com",
    "john@acme-.com",
    "john@acme.123",
    "john@ac_me.com",
    "<john@acme.com>",
    "jo\u200Bhn@acme.com",
    "john@ac\u200Dme.com",
    "\u202Ejohn@acme.com",
    "jo\u00ADhn@acme.com",
    "jo\u0000hn@acme.com",
    "jo\u0007hn@acme.com",
    "jo\uD800hn@acme.com",
    "",
  ])("rejects %j", (email) => {
    expect(isValidEmail(email)).toBe(false);
  });

  it("accepts 254 characters and rejects 255", () => {
    const domain = `${"b".repeat(60)}.${"c".repeat(60)}.${"d".repeat(60)}.${"e".repeat(60)}.com`;
    const longest = `${"a".repeat(254 - domain.length - 1)}@${domain}`;
    expect(longest).toHaveLength(254);
    expect(isValidEmail(longest)).toBe(true);
    expect(isValidEmail(`a${longest}`)).toBe(false);
  });
});

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

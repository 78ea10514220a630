import { describe, expect, it } from "vitest";
import { suggestEmailFix } from "./email-typo-fixes";

describe("suggestEmailFix", () => {
  it.each([
    ["office(at)beacon-media.com", "office@beacon-media.com", ["at-word"]],
    ["office [at] beacon-media.com", "office@beacon-media.com", ["at-word"]],
    ["john at acme.com", "john@acme.com", ["at-word"]],
    ["jane(at)acme(dot)com", "jane@acme.com", ["at-word", "dot-word"]],
    ["marta.jones@gmail", "marta.jones@gmail.com", ["missing-tld"]],
    ["sam@acme.com.", "sam@acme.com", ["stray-punctuation"]],
    ["sam@acme.com,", "sam@acme.com", ["stray-punctuation"]],
    ["sam@acme,com", "sam@acme.com", ["comma-in-domain"]],
    ["sam smith@acme.com", "samsmith@acme.com", ["spaces"]],
    ["sam@ acme.com", "sam@acme.com", ["spaces"]],
    ["sam@@acme.com", "sam@acme.com", ["double-at"]],
    ["lee@gmail.con", "lee@gmail.com", ["domain-typo"]],
    ["lee@GMIAL.com", "lee@gmail.com", ["domain-typo"]],
    ["lee@hotmail.cmo.", "lee@hotmail.com", ["stray-punctuation", "domain-typo"]],
  ])("suggests %s → %s", (raw, value, rules) => {
    expect(suggestEmailFix(raw, true)).toEqual({ value, rules });
  });

  it.each([
    ["a valid address with a plus and a long TLD", "o'brien+sales@studio.example.museum"],
    ["a real country TLD that looks like .com", "lee@gmail.co"],
    ["a company domain ending in .con", "info@acme.con"],
    ["a provider-like name at another domain", "gmail@acme.com"],
    ["letters 'at' inside a word", "katherine@atlas.io"],
    ["an internationalised domain", "zoë@müller.de"],
  ])("leaves %s as it is", (_, raw) => {
    expect(suggestEmailFix(raw, true)).toBeNull();
  });

  it.each([
    ["no local part", "@northwind.com"],
    ["a placeholder", "none"],
    ["an empty cell", "   "],
    ["two addresses in one cell", "a@x.com, b@y.com"],
    ["a bare company domain without a provider", "jo@acme"],
    ["words with no address", "Contact at Acme"],
  ])("makes no suggestion for %s", (_, raw) => {
    expect(suggestEmailFix(raw, true)).toBeNull();
  });

  it("judges validity as the import will: with cleanup, a mailto: link is already fine", () => {
    expect(suggestEmailFix("mailto:sam@acme.com", true)).toBeNull();
    expect(suggestEmailFix("sam@acme.com.", false)).toEqual({
      value: "sam@acme.com",
      rules: ["stray-punctuation"],
    });
  });
});

import { describe, expect, it } from "vitest";
import { cleanCompanyName, cleanPersonName } from "./name";

describe("cleanPersonName", () => {
  it.each([
    ["ÉMILIE O'BRIEN-SMITH", "Émilie O'Brien-Smith"],
    ["john😀", "John"],
    ["mary-jane", "Mary-Jane"],
    ["JOHN", "John"],
    ["van der berg", "Van Der Berg"],
    ["D’ARTAGNAN", "D’Artagnan"],
    ["J.R.R. TOLKIEN", "J.R.R. Tolkien"],
    ["MCDONALD", "McDonald"],
    ["søren kierkegaard", "Søren Kierkegaard"],
    ["ŁUKASZ ŻÓŁW", "Łukasz Żółw"],
  ])("title-cases the one-case name %j to %j", (raw, expected) => {
    expect(cleanPersonName(raw)).toBe(expected);
  });

  it.each([
    ["McDonald", "McDonald"],
    ["DeVito", "DeVito"],
    ["van der Berg", "van der Berg"],
    ["O'Neil", "O'Neil"],
    ["JJ Abrams", "JJ Abrams"],
    ["李小龙", "李小龙"],
  ])("keeps the mixed-case or uncased name %j as it was", (raw, expected) => {
    expect(cleanPersonName(raw)).toBe(expected);
  });

  it.each([
    ["  Jane   Doe  ", "Jane Doe"],
    ["Jane\tDoe\n", "Jane Doe"],
    ["🚀 Jane Doe 🚀", "Jane Doe"],
    ["Jane 👩🏽‍💻 Doe", "Jane Doe"],
    ["Jane Doe ✔️", "Jane Doe"],
    ["Jane Doe | CEO", "Jane Doe CEO"],
    ["Jane Doe ™", "Jane Doe"],
    ["😀 - Jane", "Jane"],
    ["Smith, Jr.", "Smith, Jr."],
    ["𝐉𝐚𝐧𝐞", "Jane"],
    ["Rene\u0301e", "Renée"],
    ["😀", ""],
  ])("strips emoji and symbols from %j", (raw, expected) => {
    expect(cleanPersonName(raw)).toBe(expected);
  });
});

describe("cleanCompanyName", () => {
  it.each([
    ["IBM", "IBM"],
    ["ACME CORP", "ACME CORP"],
    ["acme inc.", "acme inc."],
  ])(
    "keeps the case of %j, as all-caps and all-lower companies are often meant so",
    (raw, expected) => {
      expect(cleanCompanyName(raw)).toBe(expected);
    },
  );

  it.each([
    ["  Acme 🚀  Corp ", "Acme Corp"],
    ["AT&T", "AT&T"],
    ["Procter & Gamble", "Procter & Gamble"],
    ["Yahoo!", "Yahoo!"],
    ["Acme (UK) Ltd.", "Acme (UK) Ltd."],
    ["Google+", "Google+"],
    ["Acme™ Corp®", "Acme Corp"],
    ["Société Générale", "Société Générale"],
    ["7-Eleven, Inc.", "7-Eleven, Inc."],
    ["Acme 🇬🇧", "Acme"],
  ])("strips emoji and symbols from %j", (raw, expected) => {
    expect(cleanCompanyName(raw)).toBe(expected);
  });
});

describe("title-casing a name", () => {
  it("keeps a letter whose capital is two letters as it is, so cleaning twice changes nothing", () => {
    expect(cleanPersonName("ᾀnna")).toBe("ᾀnna");
    expect(cleanPersonName(cleanPersonName("ᾀnna"))).toBe("ᾀnna");
    expect(cleanPersonName("ANNA ᾈ")).toBe("Anna ᾀ");
  });
});

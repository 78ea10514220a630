import { describe, expect, it } from "vitest";
import { countFieldsPerRecord, detectDelimiter } from "./detect-delimiter";

describe("detectDelimiter", () => {
  it.each([
    ["commas", "First Name,Last Name,Email\nZoë,Núñez,zoe@example.com\n", ","],
    ["tabs", "First Name\tLast Name\tEmail\r\nZoë\tNúñez\tzoe@example.com\r\n", "\t"],
    ["pipes", "first_name|last_name|email\nZoë|Núñez|zoe@example.com\n", "|"],
    ["semicolons", "Nom;Prénom;E-mail\nDubois;François;f@example.fr\n", ";"],
  ])("picks %s", (_, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it("picks semicolons over the decimal commas European Excel leaves in values", () => {
    const text = [
      "Nom;Prénom;CA (M€);Remise;Remarques",
      "Dubois;François;1,5;12,5%;Rappeler, puis écrire",
      "Müller;Jürgen;12,75;5%;Messe Köln",
      "Kjær;Søren;0,8;;",
      "Núñez;José;3,2;7,5%;Pedido mínimo, 50 €",
    ].join("\r\n");
    expect(detectDelimiter(text)).toBe(";");
  });

  it("picks commas when every value holds a semicolon inside quotes", () => {
    const text = 'Name,Notes,Tags\nZoë,"call; then email","a;b"\nLiam,"no; answer","c;d"\n';
    expect(detectDelimiter(text)).toBe(",");
  });

  it("picks pipes when values carry commas", () => {
    const text = "company|city|title\nAcme, Inc.|Austin, TX|VP, Sales\nGlobex|Boston, MA|CTO\n";
    expect(detectDelimiter(text)).toBe("|");
  });

  it("is not thrown off by report title lines above the header", () => {
    const text =
      '"Leads Report"\n"As of 03/01/2024"\n\nFirst Name;Last Name;Email\nZoë;Núñez;z@example.com\n';
    expect(detectDelimiter(text)).toBe(";");
  });

  it("falls back to a comma for a single-column file", () => {
    expect(detectDelimiter("Email\nzoe@example.com\nliam@example.com\n")).toBe(",");
  });

  it("falls back to a comma for an empty text", () => {
    expect(detectDelimiter("")).toBe(",");
  });
});

describe("countFieldsPerRecord", () => {
  it("counts a line break inside quotes as part of the field", () => {
    expect(countFieldsPerRecord('a,b,c\n"Once upon\na time",5,6\n', ",")).toEqual([3, 3]);
  });

  it("counts a doubled quote as a literal quote, not the field's end", () => {
    expect(countFieldsPerRecord('a,b\n"ha ""x,y"" ha",2\n', ",")).toEqual([2, 2]);
  });

  it("treats a quote in the middle of a field as an ordinary character", () => {
    expect(countFieldsPerRecord('a,b\n5" pipe,2\n', ",")).toEqual([2, 2]);
  });

  it("leaves out blank lines and handles CRLF and CR line endings", () => {
    expect(countFieldsPerRecord("a,b\r\n\r\n1,2\r3,4", ",")).toEqual([2, 2, 2]);
  });
});

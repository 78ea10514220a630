import { readdirSync, readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { BINARY_FILE_MESSAGE } from "./assert-not-binary";
import { memoryBytes } from "./byte-source";
import { encodedText, stringText } from "./csv-text";
import { decodeBytes } from "./decode-bytes";
import { detectDelimiter } from "./detect-delimiter";
import { csvLayout, fitRow, scanCsv } from "./scan-csv";
import { utf16 } from "./testing/utf16";

const FIXTURES = new URL("../../e2e/fixtures/csv/", import.meta.url);
const SPECTRUM = new URL("../../../shared/testdata/csv-spectrum/csvs/", import.meta.url);

function texts(): Array<[string, string]> {
  const read = (base: URL) =>
    readdirSync(base)
      .filter((file) => file.endsWith(".csv"))
      .map((file): [string, string] => [
        file,
        decodeBytes(new Uint8Array(readFileSync(new URL(file, base)))).text,
      ]);
  const awkward = [
    "Report: leads\r\nGenerated 2026-11-23\r\n\r\n",
    "Email,Name,Notes\r\n",
    ...Array.from(
      { length: 40 },
      (_, i) =>
        `p${i}@example.com,"Name, ${i}","line one\r\nline ""two""\r\n\r\nend",${i % 7 === 0 ? "extra," : ""}\r\n`,
    ),
    ",,,\r\n   \r\n",
    'last@example.com,Last,"no closing quote\r\nstill inside',
  ].join("");
  // Characters of 2, 3 and 4 UTF-8 bytes (and UTF-16 pairs) that pieces cut in every place.
  const unicode = [
    "E-mail;Nom;Remarque\n",
    ...Array.from(
      { length: 60 },
      (_, i) =>
        `zoë${i}@exämple.com;“Zoë ${"é".repeat(i % 4)}” ${"𝄞".repeat(i % 3)};"€ ${i}; l’été\n😀 ok";${"ß".repeat(i % 5)}\n`,
    ),
  ].join("");
  return [...read(FIXTURES), ...read(SPECTRUM), ["awkward.csv", awkward], ["unicode.csv", unicode]];
}

const WINDOWS_1252 = new Map(
  [
    ...decodeBytes(
      Uint8Array.from({ length: 256 }, (_, byte) => byte),
      "windows-1252",
    ).text,
  ].map((char, byte) => [char, byte]),
);

/** The text in each encoding that can hold it, as an upload would bring it. */
function encodings(text: string): Array<[string, Uint8Array]> {
  const utf8 = new TextEncoder().encode(text);
  const encoded: Array<[string, Uint8Array]> = [
    ["utf-8", utf8],
    ["utf-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])],
    ["utf-16le", utf16(text, "le", true)],
    ["utf-16be", utf16(text, "be", true)],
  ];
  const chars = [...text];
  if (chars.every((char) => WINDOWS_1252.has(char))) {
    encoded.push(["windows-1252", Uint8Array.from(chars, (char) => WINDOWS_1252.get(char) ?? 0)]);
  }
  return encoded;
}

/** What one papaparse parse of the whole text gives: the behaviour pieces must not change. */
function wholeParse(text: string, delimiter: string) {
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: "greedy" });
  const layout = csvLayout(parsed.data, {});
  return {
    headers: layout.headers,
    rows: layout.data.map((row) => fitRow(row, layout.headers.length)),
    hasUnterminatedQuote: parsed.errors.some((error) => error.code === "MissingQuotes"),
  };
}

describe("scanCsv", () => {
  const cases = texts().filter(([, text]) => !text.includes("\u0000"));

  it("reads every fixture in pieces of any size as one whole parse does", () => {
    expect(cases.length).toBeGreaterThan(20);
    for (const [name, text] of cases) {
      const delimiter = detectDelimiter(text);
      const expected = wholeParse(text, delimiter);
      for (const pieceUnits of [7, 64, 1000, 1 << 20]) {
        const scan = scanCsv(stringText(text), { delimiter, firstRows: 3, pieceUnits });
        const read = {
          headers: scan.headers,
          rows: [...scan.rows()].flat(),
          hasUnterminatedQuote: scan.hasUnterminatedQuote,
        };
        expect(read, `${name} in pieces of ${pieceUnits}`).toEqual(expected);
        expect(scan.totalRows).toBe(expected.rows.length);
        expect(scan.firstRows).toEqual(expected.rows.slice(0, 3));
      }
    }
  });

  it("reads every fixture in every encoding from its bytes as one whole parse of its text does", () => {
    for (const [name, text] of cases) {
      const delimiter = detectDelimiter(text);
      const expected = wholeParse(text, delimiter);
      for (const [encoding, bytes] of encodings(text)) {
        for (const pieceUnits of [5, 7, 13, 64, 101, 1000]) {
          const scan = scanCsv(encodedText(memoryBytes(bytes)).text, {
            delimiter,
            firstRows: 3,
            pieceUnits,
          });
          const read = {
            headers: scan.headers,
            rows: [...scan.rows()].flat(),
            hasUnterminatedQuote: scan.hasUnterminatedQuote,
          };
          expect(read, `${name} in ${encoding}, pieces of ${pieceUnits} bytes`).toEqual(expected);
        }
      }
    }
  });

  it("refuses a NUL anywhere as binary data", () => {
    const text = `Email\n${"a@example.com\n".repeat(100)}b@exa\u0000mple.com\n`;
    expect(() =>
      scanCsv(stringText(text), { delimiter: ",", firstRows: 0, pieceUnits: 64 }),
    ).toThrow(BINARY_FILE_MESSAGE);
    // Also past the row limit, where rows are no longer counted.
    const limited = () =>
      scanCsv(stringText(text), { delimiter: ",", firstRows: 0, maxRows: 10, pieceUnits: 64 });
    expect(limited).toThrow(BINARY_FILE_MESSAGE);
  });

  it("hands rows over in pieces, parsed only as they are asked for", () => {
    const text = `Email\n${Array.from({ length: 5_000 }, (_, i) => `u${i}@example.com`).join("\n")}`;
    const scan = scanCsv(stringText(text), { delimiter: ",", firstRows: 0, pieceUnits: 10_000 });
    const sizes = [...scan.rows()].map((piece) => piece.length);
    expect(sizes.length).toBeGreaterThan(5);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(5_000);
  });

  it("stops counting past maxRows and then reads only the first maxRows", () => {
    const text = `Email\n${Array.from({ length: 300 }, (_, i) => `u${i}@example.com`).join("\n")}`;
    const scan = scanCsv(stringText(text), {
      delimiter: ",",
      firstRows: 0,
      maxRows: 100,
      pieceUnits: 64,
    });
    expect(scan).toMatchObject({ truncated: true, totalRows: 101 });
    const rows = [...scan.rows()].flat();
    expect(rows).toHaveLength(100);
    expect(rows.at(-1)).toEqual(["u99@example.com"]);
    expect(scanCsv(stringText(text), { delimiter: ",", firstRows: 0, maxRows: 300 })).toMatchObject(
      {
        truncated: false,
        totalRows: 300,
      },
    );
  });
});

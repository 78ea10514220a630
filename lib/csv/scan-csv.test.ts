import { readdirSync, readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "./decode-bytes";
import { detectDelimiter } from "./detect-delimiter";
import { csvLayout, fitRow, scanCsv } from "./scan-csv";

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
  return [...read(FIXTURES), ...read(SPECTRUM), ["awkward.csv", awkward]];
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
      for (const pieceChars of [7, 64, 1000, 1 << 20]) {
        const scan = scanCsv(text, { delimiter, firstRows: 3, pieceChars });
        const read = {
          headers: scan.headers,
          rows: [...scan.rows()].flat(),
          hasUnterminatedQuote: scan.hasUnterminatedQuote,
        };
        expect(read, `${name} in pieces of ${pieceChars}`).toEqual(expected);
        expect(scan.totalRows).toBe(expected.rows.length);
        expect(scan.firstRows).toEqual(expected.rows.slice(0, 3));
      }
    }
  });

  it("hands rows over in pieces, parsed only as they are asked for", () => {
    const text = `Email\n${Array.from({ length: 5_000 }, (_, i) => `u${i}@example.com`).join("\n")}`;
    const scan = scanCsv(text, { delimiter: ",", firstRows: 0, pieceChars: 10_000 });
    const sizes = [...scan.rows()].map((piece) => piece.length);
    expect(sizes.length).toBeGreaterThan(5);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(5_000);
  });

  it("stops counting past maxRows and then reads only the first maxRows", () => {
    const text = `Email\n${Array.from({ length: 300 }, (_, i) => `u${i}@example.com`).join("\n")}`;
    const scan = scanCsv(text, { delimiter: ",", firstRows: 0, maxRows: 100, pieceChars: 64 });
    expect(scan).toMatchObject({ truncated: true, totalRows: 101 });
    const rows = [...scan.rows()].flat();
    expect(rows).toHaveLength(100);
    expect(rows.at(-1)).toEqual(["u99@example.com"]);
    expect(scanCsv(text, { delimiter: ",", firstRows: 0, maxRows: 300 })).toMatchObject({
      truncated: false,
      totalRows: 300,
    });
  });
});

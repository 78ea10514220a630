import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { memoryBytes } from "./byte-source";
import { encodedText } from "./csv-text";
import { type CsvEncoding, decodeAs } from "./decode-bytes";
import { parseCsv, readCsv } from "./parse-csv";
import { scanCsv } from "./scan-csv";
import { utf16 } from "./testing/utf16";

const DELIMITERS = [",", ";", "\t", "|"] as const;
const ENCODINGS: CsvEncoding[] = ["utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"];
const HEADER = ["Email", "First Name", "Notes", "Company"];

/** Every character Windows-1252 writes as one byte, and that byte: its printable ones, tab, breaks. */
const WINDOWS_1252 = new Map<string, number>();
for (let byte = 0; byte < 256; byte++) {
  const char = decodeAs(new Uint8Array([byte]), "windows-1252");
  if (byte === 9 || byte === 10 || byte === 13 || !/\p{Cc}/u.test(char))
    WINDOWS_1252.set(char, byte);
}

function encode(text: string, encoding: CsvEncoding): Uint8Array {
  switch (encoding) {
    case "utf-8":
      return new TextEncoder().encode(text);
    case "utf-8-bom":
      return new TextEncoder().encode(`\uFEFF${text}`);
    case "utf-16le":
      return utf16(text, "le", true);
    case "utf-16be":
      return utf16(text, "be", true);
    case "windows-1252":
      return Uint8Array.from(text, (char) => WINDOWS_1252.get(char) as number);
  }
}

/** CSV as spreadsheets write it: a cell is quoted when it must be (or always), quotes doubled. */
function writeCsv(rows: string[][], delimiter: string, lineBreak: string, quoteAll: boolean) {
  const cell = (value: string) =>
    quoteAll || /["\r\n]/.test(value) || value.includes(delimiter)
      ? `"${value.replaceAll('"', '""')}"`
      : value;
  return rows.map((row) => row.map(cell).join(delimiter)).join(lineBreak) + lineBreak;
}

/** Cells of any text the encoding can write; NUL is binary data, refused as such. */
function cellOf(encoding: CsvEncoding) {
  const text =
    encoding === "windows-1252"
      ? fc.string({ unit: fc.constantFrom(...WINDOWS_1252.keys()), maxLength: 30 })
      : fc.string({ unit: "grapheme", maxLength: 30 });
  return text.map((value) => value.replaceAll("\u0000", ""));
}

/**
 * A table under HEADER whose rows each start with an address, as a lead's row does: the reader
 * leaves out blank lines and, at the end, lines without one that read as a report's footer.
 */
function tableOf(encoding: CsvEncoding) {
  const row = fc.tuple(fc.emailAddress(), cellOf(encoding), cellOf(encoding), cellOf(encoding));
  return fc.array(row, { minLength: 1, maxLength: 25 });
}

const scenario = fc.constantFrom(...ENCODINGS).chain((encoding) =>
  fc.record({
    encoding: fc.constant(encoding),
    rows: tableOf(encoding),
    delimiter: fc.constantFrom(...DELIMITERS),
    lineBreak: fc.constantFrom("\n", "\r\n"),
    quoteAll: fc.boolean(),
    pieceUnits: fc.integer({ min: 16, max: 512 }),
  }),
);

describe("reading a CSV file", () => {
  it("gives back any table of strings, in every delimiter and encoding, whole or in pieces", () => {
    fc.assert(
      fc.property(scenario, ({ encoding, rows, delimiter, lineBreak, quoteAll, pieceUnits }) => {
        const text = writeCsv([HEADER, ...rows], delimiter, lineBreak, quoteAll);
        const bytes = encode(text, encoding);
        const whole = parseCsv(bytes, { encoding, delimiter });
        expect(whole.headers).toEqual(HEADER);
        expect(whole.rows).toEqual(rows);
        const scanned = readCsv(memoryBytes(bytes), { encoding, delimiter, firstRows: 5 });
        expect(scanned.headers).toEqual(HEADER);
        expect([...scanned.rows()].flat()).toEqual(rows);
        const { text: decoded } = encodedText(memoryBytes(bytes), encoding);
        const inPieces = scanCsv(decoded, { delimiter, firstRows: 0, pieceUnits });
        expect([...inPieces.rows()].flat()).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });
});

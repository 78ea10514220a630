import { describe, expect, it } from "vitest";
import { CsvFormatError } from "./csv-format-error";
import { PREVIEW_ROWS, parseCsv, parseCsvPreview } from "./parse-csv";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("parseCsv", () => {
  it("reads headers and rows from UTF-8 bytes", () => {
    const parsed = parseCsv(utf8("First Name,Email\nZoë,zoe@example.com\nLiam,liam@example.com\n"));
    expect(parsed).toEqual({
      encoding: "utf-8",
      delimiter: ",",
      headerRowIndex: 0,
      headers: ["First Name", "Email"],
      renamedHeaders: [],
      rows: [
        ["Zoë", "zoe@example.com"],
        ["Liam", "liam@example.com"],
      ],
      totalRows: 2,
      truncated: false,
      footerLines: 0,
      hasUnterminatedQuote: false,
    });
  });

  it.each([
    ["an empty file", ""],
    ["a file of blank lines", "\n\r\n\n  \n"],
    ["a header without data rows", "First Name,Email\r\n\r\n"],
  ])("returns no rows for %s", (_, text) => {
    const parsed = parseCsv(utf8(text));
    expect(parsed.rows).toEqual([]);
    expect(parsed.totalRows).toBe(0);
  });

  it("leaves out blank lines and lines of bare delimiters between data rows", () => {
    const parsed = parseCsv("Name;Email\n\nZoë;z@example.com\n;;\n\nLiam;l@example.com\n");
    expect(parsed.rows).toEqual([
      ["Zoë", "z@example.com"],
      ["Liam", "l@example.com"],
    ]);
  });

  it("pads short rows with empty cells", () => {
    expect(parseCsv("a,b,c\n1\n2,3\n").rows).toEqual([
      ["1", "", ""],
      ["2", "3", ""],
    ]);
  });

  it("gives extra cells beyond the header a Column N header instead of dropping them", () => {
    const parsed = parseCsv("Name,Email\nZoë,z@example.com,VIP\nLiam,l@example.com\n");
    expect(parsed.headers).toEqual(["Name", "Email", "Column 3"]);
    expect(parsed.renamedHeaders).toEqual([{ index: 2, original: "", header: "Column 3" }]);
    expect(parsed.rows).toEqual([
      ["Zoë", "z@example.com", "VIP"],
      ["Liam", "l@example.com", ""],
    ]);
  });

  it("adds no column for trailing delimiters that carry no values", () => {
    const parsed = parseCsv("Name;Email;\nZoë;z@example.com;\nLiam;l@example.com;;\n");
    expect(parsed.headers).toEqual(["Name", "Email"]);
    expect(parsed.rows).toEqual([
      ["Zoë", "z@example.com"],
      ["Liam", "l@example.com"],
    ]);
  });

  it("keeps a blank header in the middle as Column N", () => {
    expect(parseCsv("Name,,Email\nZoë,x,z@example.com\n").headers).toEqual([
      "Name",
      "Column 2",
      "Email",
    ]);
  });

  it("keeps line breaks and doubled quotes inside quoted fields", () => {
    const parsed = parseCsv('Name,Notes\nZoë,"Said ""call me""\r\nafter lunch"\n');
    expect(parsed.rows).toEqual([["Zoë", 'Said "call me"\r\nafter lunch']]);
  });

  it("reads old Mac files that end lines with CR alone", () => {
    expect(parseCsv("Name,Email\rZoë,z@example.com\r").rows).toEqual([["Zoë", "z@example.com"]]);
  });

  it("keeps what it read after an unterminated quote and flags it instead of throwing", () => {
    const parsed = parseCsv('Name,Notes\nLiam,ok\nZoë,"never closed, sadly\n');
    expect(parsed.hasUnterminatedQuote).toBe(true);
    expect(parsed.rows).toEqual([
      ["Liam", "ok"],
      ["Zoë", "never closed, sadly\n"],
    ]);
  });

  it("does not trim or otherwise clean cell values", () => {
    expect(parseCsv("Name,Email\n  Zoë , z@example.com \n").rows).toEqual([
      ["  Zoë ", " z@example.com "],
    ]);
  });

  it("skips title lines above the header and reports where the header is", () => {
    const parsed = parseCsv(
      '"Leads Report"\n"Generated: 2024-03-01"\n\nName,Email\nZoë,z@example.com\n',
    );
    expect(parsed.headerRowIndex).toBe(2);
    expect(parsed.headers).toEqual(["Name", "Email"]);
    expect(parsed.rows).toEqual([["Zoë", "z@example.com"]]);
  });

  it("uses a forced delimiter", () => {
    const parsed = parseCsv("a;b,c\n1;2,3\n", { delimiter: "," });
    expect(parsed.delimiter).toBe(",");
    expect(parsed.headers).toEqual(["a;b", "c"]);
  });

  it("uses a forced encoding", () => {
    const parsed = parseCsv(utf8("Name\nZoë\n"), { encoding: "windows-1252" });
    expect(parsed.encoding).toBe("windows-1252");
    expect(parsed.rows).toEqual([["ZoÃ«"]]);
  });

  it("drops the BOM from string input and reports it", () => {
    const parsed = parseCsv("\uFEFFName,Email\nZoë,z@example.com\n");
    expect(parsed.encoding).toBe("utf-8-bom");
    expect(parsed.headers).toEqual(["Name", "Email"]);
  });

  it("throws CsvFormatError for binary data", () => {
    expect(() =>
      parseCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])),
    ).toThrow(CsvFormatError);
  });
});

describe("parseCsv with maxRows", () => {
  const file = (rows: number) =>
    `Name,Email\n${Array.from({ length: rows }, (_, row) => `Lead ${row},lead${row}@example.com`).join("\n")}\n`;

  it("reads exactly maxRows rows without calling it truncated", () => {
    const parsed = parseCsv(file(5), { maxRows: 5 });
    expect(parsed).toMatchObject({ truncated: false, totalRows: 5 });
    expect(parsed.rows).toHaveLength(5);
  });

  it("stops after maxRows rows and reports that there are more", () => {
    const parsed = parseCsv(file(6), { maxRows: 5 });
    expect(parsed).toMatchObject({ truncated: true, totalRows: 6 });
    expect(parsed.rows.at(-1)).toEqual(["Lead 4", "lead4@example.com"]);
  });

  it("does not let blank lines count against maxRows", () => {
    const text = `Name\n${"\n".repeat(200)}${"Zoë\n\n\n".repeat(100)}`;
    const parsed = parseCsv(text, { maxRows: 80 });
    expect(parsed).toMatchObject({ truncated: true, totalRows: 81 });
    expect(parsed.rows).toHaveLength(80);
  });

  it("counts rows after title lines the same as without them", () => {
    const parsed = parseCsv(`"Leads Report"\n\n${file(6)}`, { maxRows: 5 });
    expect(parsed).toMatchObject({ headerRowIndex: 1, truncated: true });
    expect(parsed.rows[0]).toEqual(["Lead 0", "lead0@example.com"]);
  });
});

describe("parseCsvPreview", () => {
  // Large enough that the preview reads only a prefix of the bytes.
  const bigFile = (tail: string) =>
    `Name,Notes\n${Array.from({ length: 20_000 }, (_, row) => `Zoë ${row},"note, ${row}"`).join("\n")}\n${tail}`;

  it(`returns the first ${PREVIEW_ROWS} rows and says there are more`, () => {
    const parsed = parseCsvPreview(utf8(bigFile("")));
    expect(parsed.rows).toHaveLength(PREVIEW_ROWS);
    expect(parsed.rows[0]).toEqual(["Zoë 0", "note, 0"]);
    expect(parsed).toMatchObject({ truncated: true, totalRows: PREVIEW_ROWS + 1 });
  });

  it("reports the encoding of the whole file, even when the prefix is plain ASCII", () => {
    const text = `${"Name,Email\n"}${"Liam,liam@example.com\n".repeat(30_000)}Fran\u00e7ois,f@example.fr\n`;
    const bytes = Uint8Array.from(text, (char) => char.charCodeAt(0));
    expect(parseCsvPreview(bytes).encoding).toBe("windows-1252");
    expect(parseCsv(bytes).rows.at(-1)).toEqual(["François", "f@example.fr"]);
  });

  it("does not flag an unterminated quote that lies beyond the preview", () => {
    expect(parseCsvPreview(utf8(bigFile('Zoë,"open'))).hasUnterminatedQuote).toBe(false);
    expect(parseCsv(utf8(bigFile('Zoë,"open'))).hasUnterminatedQuote).toBe(true);
  });

  it("reads the whole file when the preview rows do not fit the prefix", () => {
    const long = "x".repeat(300 * 1024);
    const parsed = parseCsvPreview(utf8(`Name,Notes\nZoë,"${long}"\nLiam,short\n`));
    expect(parsed.rows).toEqual([
      ["Zoë", long],
      ["Liam", "short"],
    ]);
  });

  it("lets the caller choose how many rows to preview", () => {
    expect(parseCsvPreview(utf8(bigFile("")), { maxRows: 3 }).rows).toHaveLength(3);
  });
});

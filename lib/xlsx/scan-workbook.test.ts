import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { memoryBytes } from "@/lib/csv/byte-source";
import { readTable, type TableScan } from "@/lib/table/read-table";
import type { WorkbookScan } from "./scan-workbook";
import { type TestWorkbook, textRows, workbookBytes } from "./testing/workbook-bytes";

function read(
  workbook: TestWorkbook | Uint8Array,
  options: { sheet?: string; maxRows?: number } = {},
) {
  const bytes = workbook instanceof Uint8Array ? workbook : workbookBytes(workbook);
  return readTable(memoryBytes(bytes), { firstRows: 200, ...options }) as WorkbookScan;
}

function allRows(scan: TableScan): string[][] {
  return [...scan.rows()].flat();
}

const oneSheet = (body: string, extra: Partial<TestWorkbook> = {}): TestWorkbook => ({
  sheets: [{ name: "Leads", body }],
  ...extra,
});

describe("reading a workbook's cells as a person sees them", () => {
  it("reads shared, inline, rich and escaped text, leaving phonetic guides out", () => {
    const scan = read(
      oneSheet(
        `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>` +
          `<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is><r><t>Ya</t></r><r><rPr><b/></rPr><t xml:space="preserve">mada </t></r><rPh sb="0" eb="2"><t>ヤマダ</t></rPh></is></c></row></sheetData>`,
        { sharedStrings: ["Email", "Name", "taro@yamada.jp_x000D_"] },
      ),
    );
    expect(scan.headers).toEqual(["Email", "Name"]);
    expect(scan.firstRows).toEqual([["taro@yamada.jp\r", "Yamada "]]);
  });

  it("reads numbers in full, dates as ISO, booleans, errors and formulas' cached values", () => {
    const styles = `<numFmts><numFmt numFmtId="164" formatCode="00000"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="11"/></cellXfs>`;
    const scan = read(
      oneSheet(
        textRows([["Email", "Phone", "Since", "Zip", "Active", "Score", "Check", "Big"]]) +
          `<row r="2"><c r="A2" t="inlineStr"><is><t>a@x.com</t></is></c><c r="B2"><v>447712345678</v></c><c r="C2" s="1"><v>45356</v></c><c r="D2" s="2"><v>2134</v></c><c r="E2" t="b"><v>1</v></c><c r="F2"><f>B2*2</f><v>895424691356</v></c><c r="G2" t="e"><f>NA()</f><v>#N/A</v></c><c r="H2" s="3"><v>4.47712345678E+11</v></c></row>`,
        { styles },
      ),
    );
    expect(scan.firstRows[0]).toEqual([
      "a@x.com",
      "447712345678",
      "2024-03-05",
      "02134",
      "true",
      "895424691356",
      "#N/A",
      "447712345678",
    ]);
    expect(scan.firstRowsFormulas).toEqual([
      { row: 0, column: 5 },
      { row: 0, column: 6 },
    ]);
    const heard: unknown[] = [];
    expect([...scan.rows((cell) => heard.push(cell))].flat()).toEqual(scan.firstRows);
    expect(heard).toEqual(scan.firstRowsFormulas);
  });

  it("counts dates from 1904 when the workbook says so", () => {
    const scan = read(
      oneSheet(
        `<sheetData>${textRows([["Email", "Since"]])}<row r="2"><c r="A2" t="inlineStr"><is><t>a@x.com</t></is></c><c r="B2" s="1"><v>43894</v></c></row></sheetData>`,
        { is1904: true, styles: `<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>` },
      ),
    );
    expect(scan.firstRows).toEqual([["a@x.com", "2024-03-05"]]);
  });

  it("reads parts written with a namespace prefix, as some .NET writers do", () => {
    const scan = read({
      prefix: "x",
      sheets: [
        {
          name: "Leads",
          body: `<x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row><x:row r="2"><x:c r="A2" t="s"><x:v>1</x:v></x:c></x:row></x:sheetData>`,
        },
      ],
      sharedStrings: ["Email", "a@x.com"],
    });
    expect(scan.headers).toEqual(["Email"]);
    expect(scan.firstRows).toEqual([["a@x.com"]]);
  });

  it("places sparse cells by their reference and leaves blank and styled-empty rows out", () => {
    const scan = read(
      oneSheet(
        `<sheetData>${textRows([["Email", "", "City"]])}<row r="2"><c r="A2" t="inlineStr"><is><t>a@x.com</t></is></c><c r="C2" t="inlineStr"><is><t>Oslo</t></is></c></row>` +
          `<row r="4"><c r="A4" t="inlineStr"><is><t>b@x.com</t></is></c></row><row r="5"><c r="A5" s="1"/><c r="B5" s="1"/></row><row r="9"><c r="C9" t="inlineStr"><is><t>  </t></is></c></row></sheetData>`,
      ),
    );
    expect(scan.headers).toEqual(["Email", "Column 2", "City"]);
    expect(scan.totalRows).toBe(2);
    expect(allRows(scan)).toEqual([
      ["a@x.com", "", "Oslo"],
      ["b@x.com", "", ""],
    ]);
  });
});

describe("the layout of a sheet", () => {
  const rows = (...cells: string[][]) => `<sheetData>${textRows(cells)}</sheetData>`;

  it("skips a title merged across the sheet and labels every column a header merge spans", () => {
    const body =
      rows(
        ["Q3 leads"],
        ["Email", "Phone", "", "City"],
        ["a@x.com", "+1 415 555 0100", "+1 415 555 0199", "Oslo"],
      ) + `<mergeCells count="2"><mergeCell ref="A1:D1"/><mergeCell ref="B2:C2"/></mergeCells>`;
    const scan = read(oneSheet(body));
    expect(scan.headerRowIndex).toBe(1);
    expect(scan.headers).toEqual(["Email", "Phone", "Phone (2)", "City"]);
    expect(scan.firstRows).toEqual([["a@x.com", "+1 415 555 0100", "+1 415 555 0199", "Oslo"]]);
  });

  it("gives each row of a company merged down the rows that company", () => {
    const body =
      rows(
        ["Email", "Company"],
        ["a@x.com", "Acme"],
        ["b@x.com", ""],
        ["c@x.com", ""],
        ["d@x.com", "Globex"],
      ) + `<mergeCells><mergeCell ref="B2:B4"/></mergeCells>`;
    const scan = read(oneSheet(body));
    const companies = allRows(scan).map((row) => row[1]);
    expect(companies).toEqual(["Acme", "Acme", "Acme", "Globex"]);
    expect(scan.firstRows.map((row) => row[1])).toEqual(companies);
  });

  it("leaves a report's footer out of the rows, as for CSV, numbering on from the last row", () => {
    const rows = [
      ["Email", "Name", "Company"],
      ["a@acme.com", "Ann", "Acme"],
      ["b@globex.com", "Bo", "Globex"],
      ["Grand Totals (2 records)", "", ""],
      ["Confidential Information - Do Not Distribute", "", ""],
    ];
    const scan = read(oneSheet(`<sheetData>${textRows(rows)}</sheetData>`));
    expect(scan).toMatchObject({ totalRows: 2, footerLines: 2, headerRowNumber: 1 });
    expect(allRows(scan)).toEqual(rows.slice(1, 3));
  });

  it("lists the columns the sheet hides", () => {
    const body = `<cols><col min="1" max="1" width="20"/><col min="2" max="3" hidden="1"/></cols>${rows(["Email", "Id", "Checksum", "City"], ["a@x.com", "1", "x", "Oslo"])}`;
    expect(read(oneSheet(body)).hiddenColumns).toEqual([1, 2]);
  });
});

describe("choosing the sheet", () => {
  const workbook: TestWorkbook = {
    sheets: [
      { name: "Cover", body: "<sheetData/>" },
      {
        name: "Secret",
        body: `<sheetData>${textRows([["Email"], ["s@x.com"]])}</sheetData>`,
        state: "hidden",
      },
      { name: "Leads", body: `<sheetData>${textRows([["Email"], ["a@x.com"]])}</sheetData>` },
      { name: "2", body: `<sheetData>${textRows([["Email"], ["two@x.com"]])}</sheetData>` },
    ],
  };

  it("takes the first visible sheet with data by default", () => {
    expect(read(workbook).sheet).toBe("Leads");
  });

  it("finds a sheet by name before position, and by 0-based position", () => {
    expect(read(workbook, { sheet: "2" }).sheet).toBe("2");
    expect(read(workbook, { sheet: "1" }).sheet).toBe("Secret");
    expect(read(workbook, { sheet: " LEADS " }).sheet).toBe("Leads");
    expect(() => read(workbook, { sheet: "9" })).toThrow(
      /no sheet "9"; its sheets are "Cover", "Secret", "Leads", "2"/,
    );
  });

  it("reads nothing from a workbook of empty sheets", () => {
    const scan = read({ sheets: [{ name: "Sheet1", body: "<sheetData/>" }] });
    expect(scan.totalRows).toBe(0);
  });
});

describe("limits and refusals", () => {
  it("stops counting past the row limit, as for CSV", () => {
    const body = `<sheetData>${textRows([["Email"], ...Array.from({ length: 30 }, (_, i) => [`p${i}@x.com`])])}</sheetData>`;
    const scan = read(oneSheet(body), { maxRows: 10 });
    expect(scan).toMatchObject({ truncated: true, totalRows: 11 });
  });

  it("refuses a sheet whose rows would span too many cells", () => {
    const body = `<sheetData>${textRows([["Email"]])}<row r="2"><c r="A2" t="inlineStr"><is><t>a@x.com</t></is></c><c r="XFD2"><v>1</v></c></row>${Array.from({ length: 400 }, (_, i) => `<row r="${i + 3}"><c r="A${i + 3}"><v>${i}</v></c></row>`).join("")}</sheetData>`;
    expect(() => read(oneSheet(body))).toThrow(/spans 401 rows of 16384 columns/);
  });

  it("refuses a workbook whose parts declare more than the limit, before inflating them", () => {
    const bytes = workbookBytes(
      oneSheet(`<sheetData>${textRows([["Email"], ["a@x.com"]])}</sheetData>`),
    );
    // The central directory's declared size of the last entry, set to 600 MB.
    const view = new DataView(bytes.buffer);
    let directory = bytes.length - 22;
    while (view.getUint32(directory, true) !== 0x06054b50) directory -= 1;
    const start = view.getUint32(directory + 16, true);
    view.setUint32(start + 24, 600 * 1024 * 1024, true);
    expect(() => read(bytes)).toThrow(/would unpack to 600 MB, more than the 512 MB/);
  });

  it("stops inflating a part that unpacks to more than it declared", () => {
    const bytes = workbookBytes(
      oneSheet(`<sheetData>${textRows([["Email"], ["a@x.com"]])}</sheetData>`),
    );
    const view = new DataView(bytes.buffer);
    let directory = bytes.length - 22;
    while (view.getUint32(directory, true) !== 0x06054b50) directory -= 1;
    // Shrink every entry's declared size to 10 bytes: inflating must stop, not trust the data.
    let at = view.getUint32(directory + 16, true);
    for (let index = 0; index < view.getUint16(directory + 10, true); index += 1) {
      view.setUint32(at + 24, 10, true);
      at +=
        46 +
        view.getUint16(at + 28, true) +
        view.getUint16(at + 30, true) +
        view.getUint16(at + 32, true);
    }
    expect(() => read(bytes)).toThrow(/damaged or cut short/);
  });

  it("says what a zip that is not a workbook is", () => {
    const encoder = new TextEncoder();
    const ods = zipSync({
      mimetype: encoder.encode("application/vnd.oasis.opendocument.spreadsheet"),
      "content.xml": encoder.encode("<office:document-content/>"),
    });
    expect(() => read(ods)).toThrow(/OpenDocument spreadsheet \(\.ods\)/);
    const docx = zipSync({
      "[Content_Types].xml": encoder.encode(
        '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      "word/document.xml": encoder.encode("<document/>"),
    });
    expect(() => read(docx)).toThrow(/zip archive but not an Excel workbook/);
  });

  it("says a zip cut short is damaged", () => {
    const bytes = workbookBytes(
      oneSheet(`<sheetData>${textRows([["Email"], ["a@x.com"]])}</sheetData>`),
    );
    expect(() => read(bytes.subarray(0, bytes.length - 40))).toThrow(/damaged or cut short/);
  });

  it("reads the sheet of a workbook that also holds a macro project and an external link", () => {
    const scan = read(
      oneSheet(`<sheetData>${textRows([["Email"], ["a@x.com"]])}</sheetData>`, {
        extra: {
          "xl/vbaProject.bin": "\u00d0\u00cf not a real project",
          "xl/externalLinks/externalLink1.xml": "<externalLink/>",
        },
      }),
    );
    expect(scan.firstRows).toEqual([["a@x.com"]]);
  });
});

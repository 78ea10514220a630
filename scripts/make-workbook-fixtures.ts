/**
 * Writes the workbook fixtures in e2e/fixtures/xlsx with a real writer: each workbook is described
 * here as a LibreOffice flat ODS document (typed cells, number formats, formulas, merged and hidden
 * cells, several sheets), and LibreOffice saves it both as .xlsx and as the CSV it shows, the way a
 * user's spreadsheet would. The zip bomb and the plain zip are written by Python's zipfile.
 *
 * Needs LibreOffice (`apt-get install libreoffice-calc-nogui`) and python3; the outputs are
 * committed, so tests never run this: `npx tsx scripts/make-workbook-fixtures.ts`.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { csvBytes } from "../bench/datasets";

const OUT = path.join(import.meta.dirname, "../e2e/fixtures/xlsx");

type Style = "scientific" | "zip" | "usDate" | "dateTime" | "percent";
type Cell =
  | string
  | number
  | boolean
  | null
  | { number: number; style: Style }
  | { date: string; style: "usDate" | "dateTime" }
  | { formula: string };
type Merge = { row: number; column: number; rows: number; columns: number };
type Sheet = { name: string; rows: Cell[][]; hiddenColumns?: number[]; merges?: Merge[] };
type Fixture = { name: string; sheets: Sheet[]; csvSheet: number };

const NUMBER_STYLES = `
<number:number-style style:name="N_scientific"><number:scientific-number number:decimal-places="5" number:min-integer-digits="1" number:min-exponent-digits="2"/></number:number-style>
<number:number-style style:name="N_zip"><number:number number:decimal-places="0" number:min-integer-digits="5"/></number:number-style>
<number:date-style style:name="N_usDate"><number:month number:style="long"/><number:text>/</number:text><number:day number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
<number:date-style style:name="N_dateTime"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:date-style>
<number:percentage-style style:name="N_percent"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
${["scientific", "zip", "usDate", "dateTime", "percent"]
  .map(
    (style) =>
      `<style:style style:name="ce_${style}" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_${style}"/>`,
  )
  .join("\n")}`;

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function cellXml(cell: Cell, span?: Merge): string {
  const spanned = span
    ? ` table:number-columns-spanned="${span.columns}" table:number-rows-spanned="${span.rows}"`
    : "";
  if (cell === null) return `<table:table-cell${spanned}/>`;
  if (typeof cell === "string") {
    return `<table:table-cell office:value-type="string"${spanned}><text:p>${escapeXml(cell)}</text:p></table:table-cell>`;
  }
  if (typeof cell === "number") {
    return `<table:table-cell office:value-type="float" office:value="${cell}"${spanned}/>`;
  }
  if (typeof cell === "boolean") {
    return `<table:table-cell office:value-type="boolean" office:boolean-value="${cell}"${spanned}/>`;
  }
  if ("formula" in cell)
    return `<table:table-cell table:formula="of:=${escapeXml(cell.formula)}"/>`;
  if ("date" in cell) {
    return `<table:table-cell office:value-type="date" office:date-value="${cell.date}" table:style-name="ce_${cell.style}"/>`;
  }
  const type = cell.style === "percent" ? "percentage" : "float";
  return `<table:table-cell office:value-type="${type}" office:value="${cell.number}" table:style-name="ce_${cell.style}"/>`;
}

function sheetXml(sheet: Sheet): string {
  const width = Math.max(...sheet.rows.map((row) => row.length));
  const hidden = new Set(sheet.hiddenColumns ?? []);
  const columns = Array.from({ length: width }, (_, column) =>
    hidden.has(column)
      ? `<table:table-column table:visibility="collapse"/>`
      : "<table:table-column/>",
  ).join("");
  const covered = new Set<string>();
  const spans = new Map<string, Merge>();
  for (const merge of sheet.merges ?? []) {
    spans.set(`${merge.row}:${merge.column}`, merge);
    for (let row = merge.row; row < merge.row + merge.rows; row += 1) {
      for (let column = merge.column; column < merge.column + merge.columns; column += 1) {
        if (row !== merge.row || column !== merge.column) covered.add(`${row}:${column}`);
      }
    }
  }
  const rows = sheet.rows
    .map((row, rowIndex) => {
      const cells = row.map((cell, column) => {
        const key = `${rowIndex}:${column}`;
        return covered.has(key) ? "<table:covered-table-cell/>" : cellXml(cell, spans.get(key));
      });
      return `<table:table-row>${cells.join("")}</table:table-row>`;
    })
    .join("\n");
  return `<table:table table:name="${escapeXml(sheet.name)}">${columns}\n${rows}</table:table>`;
}

function fodsOf(fixture: Fixture): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>${NUMBER_STYLES}</office:automatic-styles>
<office:body><office:spreadsheet>
${fixture.sheets.map(sheetXml).join("\n")}
</office:spreadsheet></office:body></office:document>
`;
}

/** LibreOffice's CSV filter: comma, double quote, UTF-8, one sheet (1-based), cells as shown. */
function csvFilter(sheet: number): string {
  return `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,${sheet}`;
}

function soffice(args: string[], cwd: string): void {
  execFileSync("soffice", ["--headless", ...args], { cwd, stdio: "ignore" });
}

function writeFixture(fixture: Fixture, work: string): void {
  const source = path.join(work, `${fixture.name}.fods`);
  writeFileSync(source, fodsOf(fixture));
  soffice(["--convert-to", "xlsx", "--outdir", work, source], work);
  soffice(["--convert-to", csvFilter(fixture.csvSheet + 1), "--outdir", work, source], work);
  copyFileSync(path.join(work, `${fixture.name}.xlsx`), path.join(OUT, `${fixture.name}.xlsx`));
  const sheetName = fixture.sheets[fixture.csvSheet]?.name ?? "";
  // With a sheet named, LibreOffice names the CSV after it.
  copyFileSync(
    path.join(work, `${fixture.name}-${sheetName}.csv`),
    path.join(OUT, `${fixture.name}.csv`),
  );
}

const sci = (number: number): Cell => ({ number, style: "scientific" });
const usDate = (date: string): Cell => ({ date, style: "usDate" });
const dateTime = (date: string): Cell => ({ date, style: "dateTime" });

const HUBSPOT: Fixture = {
  name: "hubspot-phones",
  csvSheet: 0,
  sheets: [
    {
      name: "All contacts",
      rows: [
        [
          "Record ID",
          "First Name",
          "Last Name",
          "Email",
          "Phone Number",
          "Mobile Phone Number",
          "Company Name",
          "Job Title",
          "Postal Code",
          "City",
          "Country/Region",
          "Create Date",
        ],
        [
          51234101,
          "Olivia",
          "Bennett",
          "olivia.bennett@harbourline.co.uk",
          sci(442071838750),
          sci(447712345678),
          "Harbourline Ltd",
          "Head of Sales",
          "EC2A 4NE",
          "London",
          "United Kingdom",
          dateTime("2024-02-05T09:14:00"),
        ],
        [
          51234102,
          "Ethan",
          "Brooks",
          "ethan.brooks@summitpeak.com",
          sci(14155552671),
          sci(14155550198),
          "Summit Peak Inc.",
          "VP Marketing",
          "02134",
          "Boston",
          "United States",
          dateTime("2024-02-06T11:02:00"),
        ],
        [
          51234103,
          "Chloé",
          "Martin",
          "chloe.martin@vertmarin.fr",
          sci(33142685300),
          sci(33612345678),
          "Vert Marin SAS",
          "Directrice commerciale",
          "75008",
          "Paris",
          "France",
          dateTime("2024-02-07T15:47:00"),
        ],
        [
          51234104,
          "Lukas",
          "Schneider",
          "l.schneider@feldwerk.de",
          sci(4930901820),
          sci(491701234567),
          "Feldwerk GmbH",
          "CTO",
          "10115",
          "Berlin",
          "Germany",
          dateTime("2024-02-08T08:30:00"),
        ],
        [
          51234105,
          "Aisha",
          "Khan",
          "aisha.khan@brightpath.io",
          "+1 (646) 555-0143",
          sci(16465550177),
          "BrightPath",
          "Founder & CEO",
          "10001",
          "New York",
          "United States",
          dateTime("2024-02-09T10:05:00"),
        ],
        [
          51234106,
          "Mateo",
          "García",
          "mateo.garcia@solaria.es",
          sci(34912345678),
          sci(34612345678),
          "Solaria Energía",
          "Head of Partnerships",
          "28013",
          "Madrid",
          "Spain",
          dateTime("2024-02-12T13:20:00"),
        ],
        [
          51234107,
          "Noah",
          "Fischer",
          "noah.fischer@alpentech.ch",
          sci(41442345678),
          null,
          "AlpenTech AG",
          "Sales Director",
          "8001",
          "Zürich",
          "Switzerland",
          dateTime("2024-02-13T16:45:00"),
        ],
        [
          51234108,
          "Grace",
          "Walsh",
          "grace.walsh@emeraldbay.ie",
          sci(35316123456),
          sci(353871234567),
          "Emerald Bay Software",
          "Account Executive",
          "D02 X285",
          "Dublin",
          "Ireland",
          dateTime("2024-02-14T09:00:00"),
        ],
        [
          51234109,
          "Daniel",
          "Cohen",
          "daniel.cohen@northwind.com",
          sci(12125550123),
          "",
          "Northwind Traders",
          "RevOps Manager",
          "07030",
          "Hoboken",
          "United States",
          dateTime("2024-02-15T12:10:00"),
        ],
        [
          51234110,
          "Sofia",
          "Rossi",
          "sofia.rossi@lagunadigitale.it",
          sci(390212345678),
          sci(393471234567),
          "Laguna Digitale",
          "Marketing Manager",
          "20121",
          "Milan",
          "Italy",
          dateTime("2024-02-16T14:35:00"),
        ],
      ],
    },
  ],
};

const THREE_SHEETS: Fixture = {
  name: "three-sheets",
  csvSheet: 1,
  sheets: [
    {
      name: "Summary",
      rows: [
        ["Q4 outbound list"],
        ["Owner", "Dana Whitfield"],
        ["Prepared", usDate("2026-11-28")],
        ["Leads", 8],
      ],
    },
    {
      name: "Leads",
      rows: [
        ["Email", "First Name", "Last Name", "Company", "Title", "Phone", "Country"],
        [
          "maya.patel@quantaforge.com",
          "Maya",
          "Patel",
          "QuantaForge",
          "VP Engineering",
          "+1 415 555 0101",
          "United States",
        ],
        [
          "jonas.berg@fjordline.no",
          "Jonas",
          "Berg",
          "Fjordline AS",
          "CEO",
          "+47 22 12 34 56",
          "Norway",
        ],
        [
          "amelie.roux@lumenia.fr",
          "Amélie",
          "Roux",
          "Lumenia",
          "Head of Growth",
          "+33 1 44 55 66 77",
          "France",
        ],
        [
          "kenji.sato@hikari.jp",
          "Kenji",
          "Sato",
          "Hikari KK",
          "Sales Manager",
          "+81 3 1234 5678",
          "Japan",
        ],
        [
          "lena.vogel@bergmann.de",
          "Lena",
          "Vogel",
          "Bergmann & Co",
          "COO",
          "+49 89 1234567",
          "Germany",
        ],
        [
          "omar.haddad@sahara.ae",
          "Omar",
          "Haddad",
          "Sahara Logistics",
          "Procurement Lead",
          "+971 4 123 4567",
          "United Arab Emirates",
        ],
        [
          "isabel.costa@atlantico.pt",
          "Isabel",
          "Costa",
          "Atlântico Lda",
          "CMO",
          "+351 21 123 4567",
          "Portugal",
        ],
        [
          "will.turner@redcliff.co.uk",
          "Will",
          "Turner",
          "Redcliff Ltd",
          "Sales Director",
          "+44 117 496 0123",
          "United Kingdom",
        ],
      ],
    },
    {
      name: "Lists",
      rows: [
        ["Country", "Region"],
        ["United States", "AMER"],
        ["France", "EMEA"],
        ["Japan", "APAC"],
      ],
    },
  ],
};

const MERGED_TITLE: Fixture = {
  name: "merged-title",
  csvSheet: 0,
  sheets: [
    {
      name: "Booth leads",
      hiddenColumns: [4],
      merges: [
        { row: 0, column: 0, rows: 1, columns: 7 },
        { row: 1, column: 0, rows: 1, columns: 7 },
      ],
      rows: [
        ["Web Summit 2026 — booth leads", null, null, null, null, null, null],
        ["Exported 30 Nov 2026 by Dana Whitfield", null, null, null, null, null, null],
        [null],
        ["Email", "First name", "Last name", "Company", "Internal ID", "Job title", "Country"],
        [
          "ana.silva@marlim.com.br",
          "Ana",
          "Silva",
          "Marlim Tecnologia",
          "WS-0001",
          "Head of Sales",
          "Brazil",
        ],
        [
          "tom.becker@kranich.de",
          "Tom",
          "Becker",
          "Kranich Systems",
          "WS-0002",
          "Founder",
          "Germany",
        ],
        [
          "priya.nair@indigoworks.in",
          "Priya",
          "Nair",
          "IndigoWorks",
          "WS-0003",
          "Growth Lead",
          "India",
        ],
        [
          "jack.oconnor@shamrock.ie",
          "Jack",
          "O'Connor",
          "Shamrock Analytics",
          "WS-0004",
          "CTO",
          "Ireland",
        ],
        [
          "eva.novak@vltava.cz",
          "Eva",
          "Nováková",
          "Vltava Soft",
          "WS-0005",
          "Sales Manager",
          "Czechia",
        ],
        [
          "liam.smith@maplecrest.ca",
          "Liam",
          "Smith",
          "Maplecrest",
          "WS-0006",
          "VP Sales",
          "Canada",
        ],
      ],
    },
  ],
};

const DATES_FORMULAS: Fixture = {
  name: "dates-formulas-errors",
  csvSheet: 0,
  sheets: [
    {
      name: "Pipeline",
      rows: [
        [
          "Email",
          "First Name",
          "Last Name",
          "Company",
          "Signed Up",
          "Last Contact",
          "Seats",
          "Deal Size",
          "Price per Seat",
          "Full Name",
          "Region",
          "Active",
          "Discount",
        ],
        ...[
          [
            "hana.kim@seoulbyte.kr",
            "Hana",
            "Kim",
            "SeoulByte",
            "2024-03-05",
            "2024-11-20T14:30:00",
            40,
            12000,
            "APAC",
            true,
            0.15,
          ],
          [
            "marco.bianchi@ferro.it",
            "Marco",
            "Bianchi",
            "Ferro Design",
            "2023-12-31",
            "2024-10-02T09:05:00",
            25,
            7500,
            "EMEA",
            false,
            0.1,
          ],
          [
            "zoe.adams@clearwave.com",
            "Zoe",
            "Adams",
            "Clearwave",
            "2024-02-29",
            "2024-11-01T17:45:00",
            0,
            0,
            "AMER",
            true,
            0,
          ],
          [
            "raj.mehta@pinnacle.in",
            "Raj",
            "Mehta",
            "Pinnacle Labs",
            "2022-07-14",
            "2024-09-12T08:00:00",
            12,
            4800,
            null,
            true,
            0.05,
          ],
          [
            "nina.larsen@nordkyst.no",
            "Nina",
            "Larsen",
            "Nordkyst",
            "2024-06-01",
            "2024-11-29T11:11:00",
            60,
            21000,
            "EMEA",
            false,
            0.2,
          ],
        ].map(
          (
            [email, first, last, company, signed, contact, seats, deal, region, active, discount],
            index,
          ) => {
            const row = index + 2;
            return [
              email as string,
              first as string,
              last as string,
              company as string,
              usDate(signed as string),
              dateTime(contact as string),
              seats as number,
              deal as number,
              { formula: `[.H${row}]/[.G${row}]` },
              { formula: `[.B${row}]&" "&[.C${row}]` },
              region === null ? { formula: "NA()" } : { formula: `"${region}"` },
              active as boolean,
              { number: discount as number, style: "percent" as const },
            ] satisfies Cell[];
          },
        ),
      ],
    },
  ],
};

/** The bench's 50,000 leads (seed 7), opened in LibreOffice as a spreadsheet user would. */
function writeFiftyThousand(work: string): void {
  const csv = path.join(work, "fifty-thousand.csv");
  writeFileSync(csv, csvBytes({ rows: 50_000, seed: 7 }));
  soffice(["--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", work, csv], work);
  copyFileSync(csv, path.join(OUT, "fifty-thousand.csv"));
  copyFileSync(path.join(work, "fifty-thousand.xlsx"), path.join(OUT, "fifty-thousand.xlsx"));
}

/**
 * A workbook whose one sheet declares 1 GiB of (valid, blank) XML, deflated to about 1 MB; and a
 * zip of a CSV file that is not a workbook. Python's zipfile writes real deflate streams.
 */
function writeZips(): void {
  const hubspot = readFileSync(path.join(OUT, "hubspot-phones.csv"));
  const script = String.raw`
import sys, zipfile
out, csv = sys.argv[1], sys.argv[2]
types = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
workbook = '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
workbook_rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
with zipfile.ZipFile(out + "/zip-bomb.xlsx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", types)
    z.writestr("_rels/.rels", rels)
    z.writestr("xl/workbook.xml", workbook)
    z.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
    with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=False) as sheet:
        sheet.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        blank = b" " * (1 << 20)
        for _ in range(1023):
            sheet.write(blank)
        sheet.write(b'</sheetData></worksheet>')
with zipfile.ZipFile(out + "/leads-archive.zip", "w", zipfile.ZIP_DEFLATED) as z:
    z.write(csv, "leads.csv")
    z.writestr("README.txt", "Leads exported for the Q4 campaign.\n")
`;
  execFileSync("python3", ["-c", script, OUT, path.join(OUT, "hubspot-phones.csv")]);
  if (hubspot.length === 0) throw new Error("hubspot-phones.csv is missing");
}

const work = mkdtempSync(path.join(tmpdir(), "leadport-fixtures-"));
for (const fixture of [HUBSPOT, THREE_SHEETS, MERGED_TITLE, DATES_FORMULAS])
  writeFixture(fixture, work);
writeFiftyThousand(work);
writeZips();
console.log(`Wrote the workbook fixtures to ${OUT}`);

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BINARY_FILE_MESSAGE } from "./assert-not-binary";
import { CsvFormatError } from "./csv-format-error";
import { parseCsv } from "./parse-csv";

const FIXTURES = new URL("../../e2e/fixtures/csv/", import.meta.url);

function parseFixture(name: string) {
  return parseCsv(new Uint8Array(readFileSync(new URL(name, FIXTURES))));
}

/** The row whose cell under `header` is `value`, as an object keyed by header. */
function findRow(name: string, header: string, value: string) {
  const { headers, rows } = parseFixture(name);
  const column = headers.indexOf(header);
  const row = rows.find((cells) => cells[column] === value);
  return row && Object.fromEntries(headers.map((key, index) => [key, row[index]]));
}

describe("parseCsv on real-looking exports", () => {
  it("reads a HubSpot contacts export", () => {
    const parsed = parseFixture("hubspot-contacts.csv");
    expect(parsed).toMatchObject({
      encoding: "utf-8",
      delimiter: ",",
      headerRowIndex: 0,
      totalRows: 15,
    });
    expect(parsed.headers).toEqual([
      "Record ID",
      "First Name",
      "Last Name",
      "Email",
      "Phone Number",
      "Company Name",
      "Job Title",
      "City",
      "State/Region",
      "Country/Region",
      "Lifecycle Stage",
      "Contact owner",
      "Create Date",
    ]);
    expect(findRow("hubspot-contacts.csv", "Record ID", "51234007")).toMatchObject({
      "Last Name": "O'Connor",
      "Company Name": "Harborline Logistics, Inc.",
    });
    expect(findRow("hubspot-contacts.csv", "Last Name", "Kjær")?.["First Name"]).toBe("Søren");
  });

  it("finds a Salesforce report's header below its title lines and keeps the footer as rows", () => {
    const parsed = parseFixture("salesforce-report.csv");
    expect(parsed).toMatchObject({ delimiter: ",", headerRowIndex: 2 });
    expect(parsed.headers).toEqual([
      "First Name",
      "Last Name",
      "Title",
      "Company / Account",
      "Email",
      "Phone",
      "Mobile",
      "Lead Source",
      "Street",
      "City",
      "State/Province",
      "Zip/Postal Code",
      "Country",
    ]);
    // 25 leads, then "Grand Totals (25 records)" and four more footer lines: rows without an email,
    // which the import reports as failed rows rather than guessing where the data ends.
    expect(parsed.totalRows).toBe(30);
    expect(parsed.rows[0]?.[8]).toBe("350 Fifth Avenue\r\nSuite 4100");
    expect(parsed.rows[25]).toEqual(["Grand Totals (25 records)", ...Array(12).fill("")]);
    expect(findRow("salesforce-report.csv", "Last Name", "Roy")?.City).toBe("Montréal");
  });

  it("reads an Apollo export with commas inside quoted keywords", () => {
    const parsed = parseFixture("apollo-export.csv");
    expect(parsed).toMatchObject({ delimiter: ",", headerRowIndex: 0, totalRows: 12 });
    expect(parsed.headers).toHaveLength(21);
    expect(parsed.headers).toContain("# Employees");
    expect(findRow("apollo-export.csv", "Last Name", "Lefèvre")).toMatchObject({
      "First Name": "François",
      Departments: "C-Suite,Engineering & Technical",
      State: "Île-de-France",
    });
  });

  it("skips the Notes preamble of a LinkedIn Sales Navigator export", () => {
    const parsed = parseFixture("sales-navigator.csv");
    expect(parsed).toMatchObject({ delimiter: ",", headerRowIndex: 2, totalRows: 12 });
    expect(parsed.headers).toEqual([
      "First Name",
      "Last Name",
      "Email Address",
      "Company",
      "Position",
      "LinkedIn Profile",
      "Location",
      "Connected On",
    ]);
    expect(findRow("sales-navigator.csv", "Last Name", "Núñez")).toMatchObject({
      "First Name": "José",
      Company: "Núñez & Asociados",
      Location: "Seville, Andalusia, Spain",
    });
  });

  it("decodes a Windows-1252 semicolon export from European Excel", () => {
    const parsed = parseFixture("excel-semicolon-1252.csv");
    expect(parsed).toMatchObject({
      encoding: "windows-1252",
      delimiter: ";",
      headerRowIndex: 0,
      totalRows: 12,
    });
    expect(parsed.headers).toEqual([
      "Nom",
      "Prénom",
      "Société",
      "E-mail",
      "Téléphone",
      "Ville",
      "Pays",
      "CA 2023 (M€)",
      "Remise",
      "Remarques",
    ]);
    expect(findRow("excel-semicolon-1252.csv", "Nom", "Dubois")).toMatchObject({
      Prénom: "François",
      "CA 2023 (M€)": "1,5",
      Remarques: "Rappeler après l’été – “très intéressé”",
    });
    expect(findRow("excel-semicolon-1252.csv", "Nom", "Kjær")?.Prénom).toBe("Søren");
    expect(findRow("excel-semicolon-1252.csv", "Nom", "Núñez")?.Remarques).toBe(
      "Pedido mínimo: 50 €",
    );
    expect(findRow("excel-semicolon-1252.csv", "Nom", "Lefèvre")).toMatchObject({
      Société: "Crème & Cœur",
      Remarques: "Cliente fidèle – “Cœur de Lyon” ™",
    });
    expect(findRow("excel-semicolon-1252.csv", "Nom", "Šimánek")?.Remarques).toBe(
      "Šéf nákupu; odpoví do pátku",
    );
  });

  it("decodes Excel's Unicode text: UTF-16LE, tab-separated, with CJK names", () => {
    const parsed = parseFixture("excel-unicode-text.txt");
    expect(parsed).toMatchObject({ encoding: "utf-16le", delimiter: "\t", totalRows: 8 });
    expect(parsed.headers).toEqual([
      "First Name",
      "Last Name",
      "Email",
      "Company",
      "City",
      "Country",
    ]);
    expect(parsed.rows[0]).toEqual([
      "芳",
      "王",
      "wang.fang@huaxin-tech.cn",
      "华信科技有限公司",
      "上海",
      "China",
    ]);
    expect(findRow("excel-unicode-text.txt", "Last Name", "김")?.Company).toBe("한빛전자");
    expect(findRow("excel-unicode-text.txt", "First Name", "Zoë")?.City).toBe("München");
  });

  it("drops the BOM of Excel's CSV UTF-8 so the first header is clean", () => {
    const parsed = parseFixture("utf8-bom.csv");
    expect(parsed).toMatchObject({ encoding: "utf-8-bom", delimiter: ",", totalRows: 10 });
    expect(parsed.headers[0]).toBe("First Name");
    expect(parsed.rows[0]?.[0]).toBe("Émilie");
  });

  it("keeps line breaks and quotes inside quoted notes", () => {
    const parsed = parseFixture("quoted-newlines.csv");
    expect(parsed.totalRows).toBe(6);
    const notes = parsed.rows.map((row) => row[4]);
    expect(notes).toEqual([
      "Met at SaaStr.\nWants a demo for the finance team.",
      'Said the current tool is "a nightmare".\nBudget approved for Q3.\n\nFollow up in May.',
      "Single-line note",
      'Asked about the "Growth" plan,\r\nprefers WhatsApp.',
      "",
      '"Quoted from start to end"',
    ]);
  });

  it("keeps the rows of a file whose last quote never closes and flags it", () => {
    const parsed = parseFixture("unterminated-quote.csv");
    expect(parsed).toMatchObject({ hasUnterminatedQuote: true, totalRows: 3 });
    expect(parsed.rows[1]?.[3]).toBe('Asked for pricing, "enterprise" tier');
    expect(parsed.rows[2]).toEqual([
      "Zoë",
      "Martin",
      "zoe.martin@example.org",
      "Called twice, no answer\n",
    ]);
  });

  it("reads a header-only file as headers and no rows", () => {
    const parsed = parseFixture("header-only.csv");
    expect(parsed.headers).toEqual(["First Name", "Last Name", "Email", "Company", "Job Title"]);
    expect(parsed.rows).toEqual([]);
  });

  it("reads an empty file as no headers and no rows", () => {
    expect(parseFixture("empty.csv")).toMatchObject({ headers: [], rows: [], totalRows: 0 });
  });

  it("rejects an image renamed to .csv", () => {
    expect(() => parseFixture("binary.csv")).toThrow(new CsvFormatError(BINARY_FILE_MESSAGE));
  });

  it("renames a repeated Email column and a blank header", () => {
    const parsed = parseFixture("duplicate-headers.csv");
    expect(parsed.headers).toEqual([
      "First Name",
      "Last Name",
      "Email",
      "Email (2)",
      "Column 5",
      "Company",
    ]);
    expect(parsed.renamedHeaders).toEqual([
      { index: 3, original: "Email", header: "Email (2)" },
      { index: 4, original: "", header: "Column 5" },
    ]);
    expect(parsed.rows[0]).toEqual([
      "Rachel",
      "Goldberg",
      "rgoldberg@cobaltridge.com",
      "rachel.goldberg@gmail.com",
      "VIP",
      "Cobalt Ridge Partners",
    ]);
  });

  it("reads a pipe-delimited file whose values contain commas", () => {
    const parsed = parseFixture("pipe-delimited.csv");
    expect(parsed).toMatchObject({ delimiter: "|", totalRows: 8 });
    expect(parsed.headers).toEqual([
      "first_name",
      "last_name",
      "email",
      "company",
      "title",
      "city",
    ]);
    expect(findRow("pipe-delimited.csv", "last_name", "Hernández")).toMatchObject({
      company: "Rápido Logística",
      title: "Director, Operations",
      city: "Monterrey, NL",
    });
  });
});

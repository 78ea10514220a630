import { readFileSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST as importCsv } from "@/app/v1/leads/import/csv/route";
import { imports, leads } from "@/db/schema";
import { callRoute } from "@/server/testing/call-route";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { withTestDatabase } from "@/server/testing/with-test-database";

const database = withTestDatabase();
const fixture = (name: string) =>
  readFileSync(new URL(`../../../../../e2e/fixtures/csv/${name}`, import.meta.url));

async function upload(file: Buffer | string, name: string, fields: Record<string, string> = {}) {
  const { key, workspaceId } = await createTestWorkspace(database.current.db);
  const form = new FormData();
  form.append("file", new Blob([typeof file === "string" ? file : new Uint8Array(file)]), name);
  for (const [field, value] of Object.entries(fields)) form.append(field, value);
  const response = await callRoute(importCsv, {
    path: "/v1/leads/import/csv",
    headers: { "X-Api-Key": key },
    body: form,
  });
  return { ...response, workspaceId };
}

const EXPORTS: Array<[string, Record<string, string>]> = [
  [
    "hubspot-contacts.csv",
    {
      Email: "email",
      "First Name": "firstName",
      "Last Name": "lastName",
      "Phone Number": "phone",
      "Company Name": "companyName",
      "Job Title": "jobTitle",
      City: "city",
      "State/Region": "state",
      "Country/Region": "country",
    },
  ],
  [
    "salesforce-report.csv",
    {
      "First Name": "firstName",
      "Last Name": "lastName",
      Title: "jobTitle",
      "Company / Account": "companyName",
      Email: "email",
      Phone: "phone",
      "Lead Source": "source",
      City: "city",
      "State/Province": "state",
      Country: "country",
    },
  ],
  [
    "apollo-export.csv",
    {
      "First Name": "firstName",
      "Last Name": "lastName",
      Title: "jobTitle",
      Company: "companyName",
      Email: "email",
      "Email Status": "emailStatus",
      "Person Linkedin Url": "linkedinUrl",
      Website: "website",
      City: "city",
      State: "state",
      Country: "country",
    },
  ],
  [
    "sales-navigator.csv",
    {
      "First Name": "firstName",
      "Last Name": "lastName",
      "Email Address": "email",
      Company: "companyName",
      Position: "jobTitle",
      "LinkedIn Profile": "linkedinUrl",
    },
  ],
  [
    "excel-semicolon-1252.csv",
    {
      Nom: "lastName",
      Prénom: "firstName",
      Société: "companyName",
      "E-mail": "email",
      Téléphone: "phone",
      Ville: "city",
      Pays: "country",
    },
  ],
  [
    "excel-unicode-text.txt",
    {
      "First Name": "firstName",
      "Last Name": "lastName",
      Email: "email",
      Company: "companyName",
      City: "city",
      Country: "country",
    },
  ],
];

describe("CSV exports from real tools, with no mapping given", () => {
  it.each(EXPORTS)(
    "detects every standard column of %s and imports its rows",
    async (name, expected) => {
      const { status, json } = await upload(fixture(name), name);
      expect(status, JSON.stringify(json)).toBe(200);
      expect(json.data.csvInfo.mapping).toMatchObject(expected);
      expect(json.data.imported).toBeGreaterThan(0);
      const { imported, updated, skipped, failed } = json.data;
      expect(imported + updated + skipped + failed).toBe(json.data.csvInfo.totalRows);
    },
  );

  it("stores accented names of a Windows-1252 semicolon file correctly", async () => {
    const { json, workspaceId } = await upload(fixture("excel-semicolon-1252.csv"), "fr.csv");
    expect(json.data.csvInfo).toMatchObject({ encoding: "windows-1252", delimiter: ";" });
    const [lead] = await database.current.db
      .select()
      .from(leads)
      .where(
        and(eq(leads.workspaceId, workspaceId), eq(leads.emailKey, "francois.dubois@sge-equip.fr")),
      );
    expect(lead).toMatchObject({
      firstName: "François",
      lastName: "Dubois",
      companyName: "Société Générale Équipements",
    });
  });

  it("stores CJK names of a UTF-16 tab-separated Excel export", async () => {
    const { json, workspaceId } = await upload(fixture("excel-unicode-text.txt"), "u.txt");
    expect(json.data.csvInfo).toMatchObject({ encoding: "utf-16le", delimiter: "\t" });
    const [lead] = await database.current.db
      .select()
      .from(leads)
      .where(
        and(eq(leads.workspaceId, workspaceId), eq(leads.emailKey, "wang.fang@huaxin-tech.cn")),
      );
    expect(lead).toMatchObject({
      firstName: "芳",
      lastName: "王",
      companyName: "华信科技有限公司",
    });
  });

  it("leaves a Salesforce report's footer out of the rows and says so in csvInfo and the record", async () => {
    const { json, workspaceId } = await upload(fixture("salesforce-report.csv"), "report.csv");
    // 25 leads, one of them without an email (a real row: it fails), then 5 footer lines.
    expect(json.data).toMatchObject({ imported: 24, failed: 1, skipped: 0 });
    const footer = {
      kind: "footer-lines",
      message: "5 footer lines after row 28 skipped",
      count: 5,
      rows: [29, 30, 31, 32, 33],
    };
    expect(json.data.csvInfo).toMatchObject({ totalRows: 25, headerRow: 3 });
    // The footer comes first; a damaged ZIP code follows.
    expect(json.data.csvInfo.warnings[0]).toEqual(footer);
    const [run] = await database.current.db
      .select()
      .from(imports)
      .where(eq(imports.workspaceId, workspaceId));
    expect(run?.warnings).toEqual({ csv: json.data.csvInfo.warnings });
  });

  it("holds a footer back across pieces, keeps rows that only look like one, and fails real rows", async () => {
    const notes = "n".repeat(400);
    const lines = ["Email,First Name,Last Name,Notes"];
    for (let i = 0; i < 2_000; i++) lines.push(`p${i}@pieces.dev,P${i},Row,${notes}`);
    lines.push(
      "Generated by ops@pieces.dev,,,", // looks like a footer, but has an address: a row
      ",Jane,Doe,no email", // a real row with a missing email: fails
      "bad-email,,,", // a lone invalid address before any trailer line: fails
      "",
      "Grand Totals (2003 records),,,",
      '"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."',
      "Confidential Information - Do Not Distribute",
    );
    const csv = lines.join("\r\n");
    expect(csv.length).toBeGreaterThan(3 * 256 * 1024);
    const { json } = await upload(csv, "pieces-with-footer.csv");
    expect(json.data).toMatchObject({ imported: 2_000, failed: 3, skipped: 0 });
    expect(json.data.csvInfo.totalRows).toBe(2_003);
    expect(json.data.csvInfo.warnings).toEqual([
      expect.objectContaining({
        kind: "footer-lines",
        message: "3 footer lines after row 2004 skipped",
      }),
    ]);
  });

  it("refuses a binary file renamed .csv with a 400 that says why", async () => {
    const { status, json } = await upload(fixture("binary.csv"), "binary.csv");
    expect(status).toBe(400);
    expect(json.error.code).toBe("VALIDATION_ERROR");
    expect(json.error.message).toMatch(/binary/i);
  });

  it("records the run in imports: file, encoding, delimiter, mapping, counts and every row error", async () => {
    const rows = Array.from({ length: 130 }, (_, i) => `bad-${i},Name${i}`);
    const csv = `Email,First Name\nok@acme.com,Ok\n${rows.join("\n")}\n`;
    const { json, workspaceId } = await upload(csv, "mixed.csv");
    expect(json.data.failed).toBe(130);
    expect(json.data.errors).toHaveLength(100);
    const [run] = await database.current.db
      .select()
      .from(imports)
      .where(eq(imports.workspaceId, workspaceId));
    expect(run).toMatchObject({
      door: "csv",
      status: "finished",
      fileName: "mixed.csv",
      fileSize: Buffer.byteLength(csv),
      encoding: "utf-8",
      delimiter: ",",
      mapping: { Email: "email", "First Name": "firstName" },
      totalRows: 131,
    });
    expect(run?.counts).toMatchObject({ created: 1, failed: 130 });
    expect(run?.rowErrors).toHaveLength(130);
    expect(run?.rowErrors[0]).toEqual({ row: 3, email: "bad-0", error: "Invalid email format" });
  });

  it("flags values a spreadsheet already damaged, per column, and still imports the rows", async () => {
    const csv = [
      "Email,Phone,Zip,Industry",
      "a@x.com,4.15555E+09,2134,#N/A",
      "b@x.com,1900-01-00,02134,SaaS",
      "c@x.com,+1 415 555 2671,94105,#VALUE!",
    ].join("\n");
    const { json } = await upload(csv, "damaged.csv");
    expect(json.data.imported).toBe(3);
    const warnings = json.data.csvInfo.warnings as Array<{
      column: string;
      kind: string;
      count: number;
      rows: number[];
    }>;
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          column: "Phone",
          kind: "scientific-notation",
          count: 1,
          rows: [2],
        }),
        expect.objectContaining({ column: "Phone", kind: "date-in-phone", count: 1, rows: [3] }),
        expect.objectContaining({ column: "Zip", kind: "lost-leading-zero", count: 1 }),
        expect.objectContaining({ column: "Industry", kind: "spreadsheet-error", count: 2 }),
      ]),
    );
  });

  it("reads a file of many pieces as one: repeats across pieces, warnings recorded at the end", async () => {
    const notes = "n".repeat(400);
    const lines = ["Email,Phone,Notes"];
    for (let i = 0; i < 2_000; i++) lines.push(`p${i}@pieces.dev,+1 415 555 ${1000 + i},${notes}`);
    lines.push("P3@pieces.dev,#N/A,again", "late@pieces.dev,4.15555E+09,last");
    const csv = lines.join("\n");
    expect(csv.length).toBeGreaterThan(3 * 256 * 1024);
    const { json, workspaceId } = await upload(csv, "pieces.csv");
    expect(json.data).toMatchObject({ imported: 2_001, skipped: 1, failed: 0 });
    const warnings = json.data.csvInfo.warnings;
    expect(warnings).toEqual([
      expect.objectContaining({ column: "Phone", kind: "spreadsheet-error", rows: [2_002] }),
      expect.objectContaining({ column: "Phone", kind: "scientific-notation", rows: [2_003] }),
    ]);
    const [run] = await database.current.db
      .select()
      .from(imports)
      .where(eq(imports.workspaceId, workspaceId));
    expect(run?.warnings).toEqual({ csv: warnings });
    expect(run?.counts).toMatchObject({ created: 2_001, repeated: 1 });
  });

  it("writes nothing on a dry run and answers the counts the real run then answers", async () => {
    const csv = "Email,First Name\na@dry.com,A\nb@dry.com,B\na@dry.com,Again\nnope,N\n";
    const { key, workspaceId } = await createTestWorkspace(database.current.db);
    const send = async (dryRun: boolean) => {
      const form = new FormData();
      form.append("file", new Blob([csv]), "dry.csv");
      form.append("dryRun", String(dryRun));
      return callRoute(importCsv, {
        path: "/v1/leads/import/csv",
        headers: { "X-Api-Key": key },
        body: form,
      });
    };
    const dry = await send(true);
    const stored = await database.current.db
      .select()
      .from(leads)
      .where(eq(leads.workspaceId, workspaceId));
    expect(stored).toHaveLength(0);
    const real = await send(false);
    const { importedLeadIds: _dryIds, ...dryCounts } = dry.json.data;
    const { importedLeadIds: _realIds, ...realCounts } = real.json.data;
    expect(dryCounts).toEqual(realCounts);
    expect(realCounts).toMatchObject({ imported: 2, skipped: 1, failed: 1 });
  });
});

describe("an upload past a file limit", () => {
  it("refuses 20,000 columns with 400 and writes nothing", async () => {
    const header = ["Email", ...Array.from({ length: 19_999 }, (_, i) => `C${i}`)].join(",");
    const row = ["a@wide.example.com", ...Array(19_999).fill("x")].join(",");
    const { status, json, workspaceId } = await upload(`${header}\n${row}\n`, "wide.csv");
    expect(status).toBe(400);
    expect(json.error.message).toBe("The file has more than 500 columns");
    expect(
      await database.current.db.select().from(leads).where(eq(leads.workspaceId, workspaceId)),
    ).toEqual([]);
  });

  it("refuses a 40 MB line with 400 before parsing it whole", async () => {
    const csv = `Email,Notes\na@long.example.com,"${"x".repeat(40 * 1024 * 1024)}"\n`;
    const { status, json } = await upload(csv, "long-line.csv");
    expect(status).toBe(400);
    expect(json.error.message).toBe("A row of the file is longer than 1 MB: check its quotes");
  });

  it("refuses a header that would make a custom field name over the limit, saying how to map it", async () => {
    const longHeader = "H".repeat(150);
    const { status, json } = await upload(`Email,${longHeader}\na@b.example.com,x\n`, "h.csv");
    expect(status).toBe(400);
    expect(json.error.message).toBe(
      `Column "${"H".repeat(40)}…" would be a custom field named with more than 100 characters: map it to "skip" or to "custom:<a shorter name>"`,
    );
    const skipped = await upload(`Email,${longHeader}\na@b.example.com,x\n`, "h.csv", {
      mapping: JSON.stringify({ [longHeader]: "skip" }),
    });
    expect(skipped.status).toBe(200);
    expect(skipped.json.data.imported).toBe(1);
  });

  it("fails just the row whose value is over a field's limit", async () => {
    const csv = `Email,Job Title\nok@rows.example.com,CEO\nlong@rows.example.com,${"t".repeat(1_001)}\n`;
    const { status, json } = await upload(csv, "rows.csv");
    expect(status).toBe(200);
    expect(json.data).toMatchObject({ imported: 1, failed: 1 });
    expect(json.data.errors).toEqual([
      { email: "long@rows.example.com", error: '"jobTitle" is longer than 1,000 characters' },
    ]);
  });
});

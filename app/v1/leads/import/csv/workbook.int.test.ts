import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST as importCampaignCsv } from "@/app/v1/campaigns/[id]/leads/import/csv/route";
import { POST as importCsv } from "@/app/v1/leads/import/csv/route";
import { imports, leads } from "@/db/schema";
import { callRoute } from "@/server/testing/call-route";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { withTestDatabase } from "@/server/testing/with-test-database";
import {
  type StoredLead,
  twinDiscrepancies,
  type WorkbookFixture,
} from "@/server/testing/workbook-twins";

const database = withTestDatabase();
const fixture = (name: string) =>
  readFileSync(new URL(`../../../../../e2e/fixtures/xlsx/${name}`, import.meta.url));

async function upload(name: string, fields: Record<string, string> = {}) {
  const { key, workspaceId } = await createTestWorkspace(database.current.db);
  const form = new FormData();
  // The name says nothing: the bytes decide what the file is.
  form.append("file", new Blob([new Uint8Array(fixture(name))]), "upload.bin");
  for (const [field, value] of Object.entries(fields)) form.append(field, value);
  const response = await callRoute(importCsv, {
    path: "/v1/leads/import/csv",
    headers: { "X-Api-Key": key },
    body: form,
  });
  return { ...response, workspaceId };
}

async function storedLeads(workspaceId: string): Promise<Map<string, StoredLead>> {
  const rows = await database.current.db
    .select()
    .from(leads)
    .where(eq(leads.workspaceId, workspaceId));
  return new Map(rows.map((row) => [row.emailKey, row]));
}

/** Imports the workbook and its CSV twin; both must answer 200 with the same counts. */
async function importBoth(name: WorkbookFixture, fields: Record<string, string> = {}) {
  const workbook = await upload(`${name}.xlsx`, fields);
  const csv = await upload(`${name}.csv`);
  expect(workbook.status, JSON.stringify(workbook.json)).toBe(200);
  expect(csv.status, JSON.stringify(csv.json)).toBe(200);
  const counts = ({ imported, updated, skipped, failed }: Record<string, number>) => ({
    imported,
    updated,
    skipped,
    failed,
  });
  expect(counts(workbook.json.data)).toEqual(counts(csv.json.data));
  return {
    workbook: { info: workbook.json.data.csvInfo, leads: await storedLeads(workbook.workspaceId) },
    csv: { info: csv.json.data.csvInfo, leads: await storedLeads(csv.workspaceId) },
    workspaceId: workbook.workspaceId,
    expectSameLeads() {
      expect(twinDiscrepancies(name, this.workbook.leads, this.csv.leads)).toEqual([]);
    },
  };
}

describe("Excel workbooks through POST /v1/leads/import/csv", () => {
  it("keeps every digit of phones a HubSpot workbook stores as numbers, where its CSV lost them", async () => {
    const both = await importBoth("hubspot-phones");
    expect(both.workbook.info).toMatchObject({
      encoding: "xlsx",
      sheet: "All contacts",
      headerRow: 1,
      mapping: { Email: "email", "Phone Number": "phone", "Postal Code": "custom:Postal Code" },
    });
    expect(both.workbook.info.delimiter).toBeUndefined();
    expect(both.csv.info.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ column: "Phone Number", kind: "scientific-notation", count: 9 }),
      ]),
    );
    expect(both.workbook.info.warnings).toBeUndefined();
    const olivia = both.workbook.leads.get("olivia.bennett@harbourline.co.uk");
    expect(olivia?.phone).toBe("+442071838750");
    expect(olivia?.customFields).toMatchObject({
      "Record ID": "51234101",
      "Mobile Phone Number": "447712345678",
      "Create Date": "2024-02-05T09:14:00",
    });
    expect(both.csv.leads.get("olivia.bennett@harbourline.co.uk")?.phone).toBe("4.42072E+11");
    expect(both.workbook.leads.get("ethan.brooks@summitpeak.com")?.customFields).toMatchObject({
      "Postal Code": "02134",
    });
    both.expectSameLeads();
  });

  it("imports the sheet named by name or by position, and says which sheets exist otherwise", async () => {
    for (const sheet of ["Leads", "leads", "1"]) {
      const both = await importBoth("three-sheets", { sheet });
      expect(both.workbook.info).toMatchObject({ sheet: "Leads", totalRows: 8 });
      both.expectSameLeads();
    }
    const missing = await upload("three-sheets.xlsx", { sheet: "Contacts" });
    expect(missing.status).toBe(400);
    expect(missing.json.error.message).toBe(
      'The workbook has no sheet "Contacts"; its sheets are "Summary", "Leads", "Lists" (name one, or give its position from 0)',
    );
  });

  it("reads the first sheet with data by default, and names the sheets when it has no email column", async () => {
    const { status, json } = await upload("three-sheets.xlsx");
    expect(status).toBe(400);
    expect(json.error.message).toMatch(/^No email column detected/);
    expect(json.error.details).toEqual({ sheet: "Summary", sheets: ["Summary", "Leads", "Lists"] });
  });

  it("skips merged title rows and leaves out a hidden bookkeeping column", async () => {
    const both = await importBoth("merged-title");
    expect(both.workbook.info).toMatchObject({ headerRow: 4, totalRows: 6 });
    expect(both.csv.info).toMatchObject({ headerRow: 3 });
    expect(both.workbook.info.mapping).toMatchObject({ "Internal ID": "skip" });
    expect(both.csv.info.mapping).toMatchObject({ "Internal ID": "custom:Internal ID" });
    both.expectSameLeads();
  });

  it("reads dates as ISO dates, booleans as true/false and formulas as their values, with warnings", async () => {
    const both = await importBoth("dates-formulas-errors");
    const hana = both.workbook.leads.get("hana.kim@seoulbyte.kr");
    expect(hana?.customFields).toEqual({
      "Signed Up": "2024-03-05",
      "Last Contact": "2024-11-20T14:30:00",
      Seats: "40",
      "Deal Size": "12000",
      "Price per Seat": "300",
      "Full Name": "Hana Kim",
      Active: "true",
      Discount: "15%",
    });
    expect(hana?.state).toBe("APAC");
    const warnings = both.workbook.info.warnings as Array<Record<string, unknown>>;
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ column: "Price per Seat", kind: "formula", count: 5 }),
        expect.objectContaining({ column: "Price per Seat", kind: "spreadsheet-error", rows: [4] }),
        expect.objectContaining({ column: "Region", kind: "formula", count: 5 }),
        expect.objectContaining({ column: "Region", kind: "spreadsheet-error", rows: [5] }),
      ]),
    );
    const [run] = await database.current.db
      .select()
      .from(imports)
      .where(eq(imports.workspaceId, both.workspaceId));
    expect(run).toMatchObject({ encoding: "xlsx", sheet: "Pipeline", delimiter: null });
    both.expectSameLeads();
  });

  it("imports a 50,000-row sheet with the same leads as its CSV", async () => {
    const both = await importBoth("fifty-thousand");
    expect(both.workbook.info.totalRows).toBe(50_000);
    both.expectSameLeads();
  }, 120_000);

  it.each([
    [
      "zip-bomb.xlsx",
      "The workbook would unpack to 1,023 MB, more than the 512 MB a workbook may; it was not unpacked",
    ],
    [
      "leads-archive.zip",
      "The file is a zip archive but not an Excel workbook (.xlsx); upload the workbook or a CSV file",
    ],
  ])("refuses %s with a 400 that says why, writing nothing", async (name, message) => {
    const { status, json, workspaceId } = await upload(name);
    expect(status).toBe(400);
    expect(json.error).toEqual({ code: "VALIDATION_ERROR", message });
    expect((await storedLeads(workspaceId)).size).toBe(0);
  });

  it("refuses an Excel 97-2003 or password-protected file with what to do", async () => {
    const { key } = await createTestWorkspace(database.current.db);
    const form = new FormData();
    const compound = new Uint8Array(4096);
    compound.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    form.append("file", new Blob([compound]), "old.xls");
    const { status, json } = await callRoute(importCsv, {
      path: "/v1/leads/import/csv",
      headers: { "X-Api-Key": key },
      body: form,
    });
    expect(status).toBe(400);
    expect(json.error.message).toMatch(/Excel 97-2003 workbook \(\.xls\) or a password-protected/);
  });

  it("imports a workbook's sheet into a campaign", async () => {
    const { key, workspaceId } = await createTestWorkspace(database.current.db);
    const created = await callRoute((await import("@/app/v1/campaigns/route")).POST, {
      path: "/v1/campaigns",
      headers: { "X-Api-Key": key },
      json: { name: "Workbook leads" },
    });
    const campaignId = created.json.data.id as string;
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(fixture("three-sheets.xlsx"))]), "q4.xlsx");
    form.append("sheet", "Leads");
    const { status, json } = await callRoute(importCampaignCsv, {
      path: `/v1/campaigns/${campaignId}/leads/import/csv`,
      headers: { "X-Api-Key": key },
      body: form,
      params: { id: campaignId },
    });
    expect(status, JSON.stringify(json)).toBe(200);
    expect(json.data).toMatchObject({
      leads: { created: 8, existing: 0, failed: 0 },
      campaign: { added: 8, skipped: 0 },
      totalRows: 8,
    });
    expect((await storedLeads(workspaceId)).size).toBe(8);
  });
});

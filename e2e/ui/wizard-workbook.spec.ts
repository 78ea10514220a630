import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import { openPostgres } from "@/db/client";
import { leads } from "@/db/schema";
import {
  type StoredLead,
  TWIN_SHEET,
  twinDiscrepancies,
  type WorkbookFixture,
} from "@/server/testing/workbook-twins";
import { E2E_DATABASE_URL } from "../../playwright.config";
import { trpcQuery } from "../support/api";
import { signInToNewWorkspace } from "../support/session";
import {
  dropFile,
  goToMapping,
  goToOptions,
  importAndWait,
  screenshot,
  targetSelect,
} from "../support/wizard";

const XLSX_FIXTURES = path.resolve("e2e/fixtures/xlsx");

async function storedLeads(workspaceId: string): Promise<Map<string, StoredLead>> {
  const database = await openPostgres(E2E_DATABASE_URL, { max: 1 });
  try {
    const rows = await database.db.select().from(leads).where(eq(leads.workspaceId, workspaceId));
    return new Map(rows.map((row) => [row.emailKey, row]));
  } finally {
    await database.close();
  }
}

/** The CSV twin through the REST API, into a workspace of its own: what the workbook must match. */
async function importTwinByApi(page: Page, fixture: WorkbookFixture, key: string) {
  const response = await page.request.post("/v1/leads/import/csv", {
    headers: { "X-Api-Key": key },
    multipart: {
      file: {
        name: `${fixture}.csv`,
        mimeType: "text/csv",
        buffer: readFileSync(path.join(XLSX_FIXTURES, `${fixture}.csv`)),
      },
    },
  });
  expect(response.status(), await response.text()).toBe(200);
}

type Checks = { onDrop?: () => Promise<void>; onMapping?: () => Promise<void> };

/** Imports the workbook through the wizard, checking each step, and compares its leads. */
async function importWorkbook(page: Page, fixture: WorkbookFixture, checks: Checks = {}) {
  const twin = await signInToNewWorkspace(page, { name: "Twin workspace" });
  await importTwinByApi(page, fixture, twin.key);
  const { workspaceId } = await signInToNewWorkspace(page);
  await page.goto("/import");
  await dropFile(page, path.join(XLSX_FIXTURES, `${fixture}.xlsx`));
  await checks.onDrop?.();
  await goToMapping(page);
  await checks.onMapping?.();
  await goToOptions(page);
  const counts = await importAndWait(page, 120_000);
  const discrepancies = twinDiscrepancies(
    fixture,
    await storedLeads(workspaceId),
    await storedLeads(twin.workspaceId),
  );
  expect(discrepancies).toEqual([]);
  return counts;
}

test("a HubSpot workbook imports phones stored as numbers with every digit", async ({ page }) => {
  await importWorkbook(page, "hubspot-phones", {
    onDrop: async () => {
      const facts = page.getByTestId("file-facts");
      await expect(facts).toContainText("sheet “All contacts”");
      await expect(facts).toContainText("10 rows");
      await expect(page.getByTestId("csv-preview")).toContainText("447712345678");
      await expect(page.getByTestId("csv-preview")).toContainText("02134");
      await expect(page.getByLabel("Encoding")).toHaveCount(0);
      await screenshot(page, "wizard-workbook-hubspot");
    },
  });
});

test("a workbook of three sheets asks which one, remembers it, and imports the leads sheet", async ({
  page,
}) => {
  await importWorkbook(page, "three-sheets", {
    onDrop: async () => {
      const picker = page.getByTestId("sheet-picker");
      await expect(picker).toHaveValue("Summary");
      await expect(picker.locator("option")).toHaveText([
        "Summary — 2 rows",
        "Leads — 8 rows",
        "Lists — 3 rows",
      ]);
      await picker.selectOption(TWIN_SHEET["three-sheets"] ?? "");
      await expect(page.getByTestId("file-facts")).toContainText("sheet “Leads”");
      await expect(page.getByTestId("file-facts")).toContainText("8 rows");
      await expect(page.getByTestId("csv-preview")).toContainText("maya.patel@quantaforge.com");
      await screenshot(page, "wizard-workbook-sheets");
    },
  });

  const saved = await trpcQuery(page.request, "imports.savedSheet", {
    sheets: ["Summary", "Leads", "Lists"],
  });
  expect((await saved.json()).result.data).toMatchObject({ sheet: "Leads" });
  await page.goto("/import");
  await dropFile(page, path.join(XLSX_FIXTURES, "three-sheets.xlsx"));
  await expect(page.getByTestId("sheet-picker")).toHaveValue("Leads");
  await expect(page.getByTestId("remembered-sheet")).toContainText("“Leads”");
  await expect(page.getByTestId("csv-preview")).toContainText("maya.patel@quantaforge.com");
});

test("merged title rows are skipped and a hidden column is left out", async ({ page }) => {
  await importWorkbook(page, "merged-title", {
    onDrop: async () => {
      await expect(page.getByTestId("file-facts")).toContainText("header found on row 4");
      await expect(page.getByTestId("workbook-notices")).toContainText(
        "Hidden column “Internal ID”",
      );
    },
    onMapping: async () => {
      await expect(targetSelect(page, "Internal ID")).toHaveValue("skip");
    },
  });
});

test("dates, formulas and error cells import as a person reads them, with notices", async ({
  page,
}) => {
  await importWorkbook(page, "dates-formulas-errors", {
    onDrop: async () => {
      const notices = page.getByTestId("workbook-notices");
      await expect(notices).toContainText("15 cells are computed by a formula");
      await expect(notices).toContainText("2 cells hold a spreadsheet error");
      const preview = page.getByTestId("csv-preview");
      await expect(preview).toContainText("2024-03-05");
      await expect(preview).toContainText("2024-11-20T14:30:00");
      await expect(preview).toContainText("#DIV/0!");
    },
  });
});

test("a 50,000-row workbook imports the same leads as its CSV", async ({ page }) => {
  test.setTimeout(600_000);
  const counts = await importWorkbook(page, "fifty-thousand", {
    onDrop: async () => {
      await expect(page.getByTestId("file-facts")).toContainText("50,000 rows");
    },
  });
  expect(counts.created + counts.failed + counts.repeated).toBe(50_000);
});

test("a zip bomb and a zip that is no workbook are refused with what is wrong", async ({
  page,
}) => {
  await signInToNewWorkspace(page);
  await page.goto("/import");
  const input = page.getByTestId("csv-file-input");
  await input.setInputFiles(path.join(XLSX_FIXTURES, "zip-bomb.xlsx"));
  await expect(page.getByTestId("file-error")).toHaveText(
    "The workbook would unpack to 1,023 MB, more than the 512 MB a workbook may; it was not unpacked",
  );
  await input.setInputFiles({
    name: "leads-archive.xlsx",
    mimeType: "application/zip",
    buffer: readFileSync(path.join(XLSX_FIXTURES, "leads-archive.zip")),
  });
  await expect(page.getByTestId("file-error")).toHaveText(
    "The file is a zip archive but not an Excel workbook (.xlsx); upload the workbook or a CSV file",
  );
  await expect(page.getByRole("button", { name: "Continue to mapping" })).toBeDisabled();
});

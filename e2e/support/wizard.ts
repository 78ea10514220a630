import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";
import { trpcQuery } from "./api";

export const CSV_FIXTURES = path.resolve("e2e/fixtures/csv");
export const WIZARD_FIXTURES = path.resolve("e2e/fixtures/wizard");

type FileInput = string | { name: string; mimeType: string; buffer: Buffer };

export function csvFile(name: string, content: string | Buffer): FileInput {
  return {
    name,
    mimeType: "text/csv",
    buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
  };
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}

/** Drops the file on the real dropzone input and waits for the whole file to be parsed. */
export async function dropFile(page: Page, file: FileInput) {
  await page.getByTestId("csv-file-input").setInputFiles(file);
  await expect(page.getByTestId("file-facts")).toContainText(/\d rows?\b/, { timeout: 30_000 });
}

export async function goToMapping(page: Page) {
  await page.getByRole("button", { name: "Continue to mapping" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Map columns" })).toBeFocused();
}

export async function goToOptions(page: Page) {
  await page.getByRole("button", { name: "Continue to options" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Options and dry run" })).toBeFocused();
}

export function targetSelect(page: Page, header: string) {
  return page.getByLabel(`Import column “${header}” as`);
}

export type Counts = Record<
  "created" | "updated" | "skipped" | "restored" | "failed" | "repeated",
  number
>;

/** The six figures of a RunCounts block. */
export async function readCounts(page: Page, testId: string): Promise<Counts> {
  const keys = ["created", "updated", "skipped", "restored", "failed", "repeated"] as const;
  const counts = {} as Counts;
  for (const key of keys) {
    const text = await page.getByTestId(`${testId}-${key}`).textContent();
    counts[key] = Number((text ?? "").replace(/[^\d]/g, ""));
  }
  return counts;
}

/** The data rows a virtual table has in the DOM (its header row left out). */
export function dataRows(table: Locator) {
  return table.locator('[role="row"]:not([aria-rowindex="1"])');
}

export async function runDryRun(page: Page) {
  await page.getByRole("button", { name: /^(Dry run|Run the dry run again)$/ }).click();
  await expect(page.getByTestId("dry-run-result")).toBeVisible({ timeout: 120_000 });
  return readCounts(page, "dry-run-counts");
}

/**
 * Starts the import from step 3 and waits for the result step. The wait ends before the test's own
 * timeout so that a run that never finishes fails with what the wizard was showing at the time.
 */
export async function importAndWait(page: Page, timeout = 40_000) {
  await page.getByRole("button", { name: /^Import [\d,]+ rows?$/ }).click();
  try {
    await expect(page.getByRole("heading", { level: 2, name: "Import finished" })).toBeVisible({
      timeout,
    });
  } catch (error) {
    const shown = await page
      .locator(".wizard-panel")
      .innerText({ timeout: 1_000 })
      .catch(() => "(no wizard panel)");
    throw new Error(`${(error as Error).message}\nThe wizard showed:\n${shown}`);
  }
  return readCounts(page, "import-counts");
}

/** A cell of the review grid: the row by its number in the file, the column by its header. */
export function reviewCell(page: Page, row: number, header: string) {
  return page
    .getByTestId("review-grid")
    .locator(`[role="row"][data-row="${row}"] [data-column="${header}"]`);
}

/** Edits a cell of the review grid the way a person does: double-click, type, Enter. */
export async function editCell(page: Page, row: number, header: string, value: string) {
  await reviewCell(page, row, header).dblclick();
  const editor = page.getByRole("textbox", { name: `${header}, row ${row}` });
  await editor.fill(value);
  await editor.press("Enter");
  await expect(reviewCell(page, row, header)).toHaveText(value);
}

/** The outcome the review grid shows for a row. */
export function reviewOutcome(page: Page, row: number) {
  return page.getByTestId("review-grid").locator(`[role="row"][data-row="${row}"] .badge`);
}

/** Opens the wizard, drops the file and goes on to the options step. */
export async function openOptions(page: Page, file: FileInput) {
  await page.goto("/import");
  await dropFile(page, file);
  await goToMapping(page);
  await goToOptions(page);
}

/** The import record of the run the result step shows, as `imports.get` answers it. */
export async function resultImportRecord(page: Page) {
  const link = page.getByRole("link", { name: "View the imported leads" });
  const importId = new URL(
    await link.evaluate((a) => (a as HTMLAnchorElement).href),
  ).searchParams.get("importId");
  const answer = await (await trpcQuery(page.request, "imports.get", { importId })).json();
  return answer.result.data as Record<string, unknown> & { status: string };
}

import { writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { countLeads, listLeadsByApi } from "../support/api";
import { bigLeadsCsv } from "../support/big-csv";
import { signInToNewWorkspace } from "../support/session";
import {
  csvFile,
  dataRows,
  editCell,
  goToOptions,
  importAndWait,
  openOptions,
  resultImportRecord,
  reviewCell,
  reviewOutcome,
  runDryRun,
  screenshot,
  WIZARD_FIXTURES,
} from "../support/wizard";

const FOUR_FAILURES = path.join(WIZARD_FIXTURES, "hubspot-four-failures.csv");
const CHUNKS = "**/api/trpc/imports.chunk*";

test("the four failures of a HubSpot export are fixed in the grid, the dry run again shows none, and the import creates them with their originals recorded", async ({
  page,
  request,
}) => {
  const { key } = await signInToNewWorkspace(page);
  await openOptions(page, FOUR_FAILURES);
  await expect(page.getByTestId("review-summary")).toContainText("4 rows will fail");

  expect(await runDryRun(page)).toMatchObject({ created: 6, failed: 4 });
  await page.getByRole("button", { name: "List the 4 rows that would fail in the review" }).click();
  const grid = page.getByTestId("review-grid");
  await expect(dataRows(grid)).toHaveCount(4);
  await expect(reviewOutcome(page, 3)).toHaveText("Will fail");
  await screenshot(page, "wizard-3-review-failing");

  await editCell(page, 3, "Email", "office@beacon-media.com");
  // Checked again at once with the engine's rules: the row is fixed before any dry run.
  await expect(reviewOutcome(page, 3)).toHaveText("Fixed");
  await editCell(page, 5, "Email", "daniel.weiss@northwind.com");
  await editCell(page, 7, "Email", "farid@sable-trading.ae");
  await editCell(page, 9, "Email", "marta.jones@gmail.com");
  await expect(page.getByTestId("review-summary")).toContainText("No row fails the checks");
  await expect(page.getByTestId("review-summary")).toContainText("4 cells edited in 4 rows");
  // Still listed (as fixed) until the list is made again.
  await expect(dataRows(grid)).toHaveCount(4);
  await reviewCell3Inspector(page);
  await screenshot(page, "wizard-3-review-fixed");

  expect(await runDryRun(page)).toMatchObject({ created: 10, failed: 0 });
  await expect(page.getByTestId("dry-run-changes")).toContainText("4 rows fixed, 0 still failing");
  await expect(reviewOutcome(page, 3)).toHaveText("Will be created");

  const counts = await importAndWait(page);
  expect(counts).toMatchObject({ created: 10, failed: 0 });
  const [bruno] = await listLeadsByApi(request, key, { search: "beacon-media" });
  expect(bruno?.email).toBe("office@beacon-media.com");
  const report = page.getByTestId("row-report");
  await page.getByLabel("Show").selectOption("edited");
  await expect(dataRows(report)).toHaveCount(4);
  await expect(report).toContainText("Email was “office(at)beacon-media.com”");
  await screenshot(page, "wizard-5-result-edited");

  expect((await resultImportRecord(page)).editedCells).toBe(4);

  // The import's history says which rows were edited, with the file's values.
  await page.getByRole("link", { name: "Open in import history" }).click();
  await expect(page.getByTestId("import-reviewed")).toContainText("4 cells edited");
  await expect(page.getByTestId("import-rows")).toContainText(
    "edited in the wizard: Email was “office(at)beacon-media.com”",
  );
});

async function reviewCell3Inspector(page: import("@playwright/test").Page) {
  await page.getByTestId("review-grid").locator('[data-row="3"] [data-column="Email"]').click();
  const inspector = page.getByTestId("row-inspector");
  await expect(inspector).toContainText("Row 3: Fixed");
  await expect(inspector).toContainText("office(at)beacon-media.com");
}

test("a find and replace over 10,000 rows counts the cells first, changes them in one step, and undoes and redoes", async ({
  page,
}) => {
  await signInToNewWorkspace(page);
  await openOptions(page, csvFile("ten-thousand.csv", bigLeadsCsv(10_000)));
  await page.getByText("Find and replace").click();
  const form = page.getByRole("form", { name: "Find and replace" });
  await expect(form.getByLabel("In column")).toHaveValue("0");
  await form.getByLabel("Find").fill("bulk.example.com");
  await form.getByLabel("Replace with").fill("acme.io");
  await expect(page.getByTestId("replace-count")).toHaveText("10,000 cells will change.");
  await form.getByRole("button", { name: "Replace in 10,000 cells" }).click();
  await expect(reviewCell(page, 2, "Email")).toHaveText("lead0@acme.io");
  await expect(page.getByTestId("review-summary")).toContainText(
    "10,000 cells edited in 10,000 rows",
  );
  await screenshot(page, "wizard-3-review-replaced");

  await page
    .getByRole("button", { name: /^Undo: Replace “bulk.example.com” with “acme.io”/ })
    .click();
  await expect(reviewCell(page, 2, "Email")).toHaveText("lead0@bulk.example.com");
  await page.getByRole("button", { name: /^Redo: Replace/ }).click();
  await expect(reviewCell(page, 2, "Email")).toHaveText("lead0@acme.io");

  // Whole cells only, and the case when asked.
  await form.getByLabel("In column").selectOption({ label: "City" });
  await form.getByLabel("Find").fill("lyon");
  await form.getByLabel("Replace with").fill("Lyon 2e");
  await form.getByLabel("Whole cell").check();
  await expect(page.getByTestId("replace-count")).toHaveText("2,500 cells will change.");
  await form.getByLabel("Match case").check();
  await expect(page.getByTestId("replace-count")).toHaveText("No cell matches.");
});

test("two of three suggested email typo fixes are accepted; the third and a valid unusual address stay as they are", async ({
  page,
}) => {
  await signInToNewWorkspace(page);
  const file = [
    "Email,First Name",
    "office(at)beacon-media.com,Bruno",
    "marta.jones@gmail,Marta",
    "lee@gmail.con,Lee",
    "o'brien+sales@studio.example.museum,Aoife",
    "@northwind.com,Daniel",
    "ok@acme.com,Olga",
  ].join("\n");
  await openOptions(page, csvFile("typos.csv", file));
  await expect(page.getByTestId("review-summary")).toContainText("3 rows will fail");

  await page.getByRole("button", { name: "Fix common email typos" }).click();
  const fixes = page.getByTestId("typo-fixes");
  await expect(fixes).toContainText("3 suggested fixes for email typos");
  await expect(fixes.getByRole("listitem")).toHaveCount(3);
  await expect(fixes).toContainText("office@beacon-media.com");
  await expect(fixes).toContainText("lee@gmail.com");
  await expect(fixes).not.toContainText("o'brien");
  await expect(fixes).not.toContainText("northwind");
  await screenshot(page, "wizard-3-review-typos");
  // Nothing is applied until accepted.
  await expect(reviewCell(page, 2, "Email")).toHaveText("office(at)beacon-media.com");

  await fixes.getByRole("checkbox", { name: /marta\.jones@gmail/ }).uncheck();
  await fixes.getByRole("button", { name: "Accept the 2 ticked" }).click();
  await expect(reviewCell(page, 2, "Email")).toHaveText("office@beacon-media.com");
  await expect(reviewCell(page, 4, "Email")).toHaveText("lee@gmail.com");
  await expect(reviewCell(page, 3, "Email")).toHaveText("marta.jones@gmail");
  await expect(reviewCell(page, 5, "Email")).toHaveText("o'brien+sales@studio.example.museum");
  await expect(page.getByTestId("review-summary")).toContainText("2 rows will fail");
  await expect(page.getByTestId("review-summary")).toContainText("2 cells edited in 2 rows");
});

test("rows skipped by choice are not imported and are counted as skipped by choice", async ({
  page,
}) => {
  const { workspaceId } = await signInToNewWorkspace(page);
  await openOptions(page, FOUR_FAILURES);
  await page.getByLabel("Show").first().selectOption("failing");
  await expect(dataRows(page.getByTestId("review-grid"))).toHaveCount(4);
  await page.getByRole("button", { name: "Skip every row listed" }).click();
  await expect(page.getByTestId("review-summary")).toContainText("4 skipped by you");
  await expect(reviewOutcome(page, 3)).toHaveText("Skipped by you");
  // One of them taken back, and skipped again.
  await page.getByRole("button", { name: /^Undo: Skip 4 rows/ }).click();
  await expect(reviewOutcome(page, 3)).toHaveText("Will fail");
  await page.getByRole("button", { name: /^Redo: Skip 4 rows/ }).click();

  expect(await runDryRun(page)).toMatchObject({ created: 6, failed: 0 });
  await expect(page.getByTestId("dry-run-counts-skippedByChoice")).toHaveText("4");
  expect(await importAndWait(page)).toMatchObject({ created: 6, failed: 0 });
  await expect(page.getByTestId("import-counts-skippedByChoice")).toHaveText("4");
  await page.getByLabel("Show").selectOption("skippedByChoice");
  await expect(dataRows(page.getByTestId("row-report"))).toHaveCount(4);
  await expect(page.getByTestId("row-report")).toContainText("Skipped by you: not imported");
  expect(await countLeads(workspaceId)).toBe(6);

  expect((await resultImportRecord(page)).skippedByChoice).toBe(4);
});

test("edits and skipped rows survive going back to the mapping and forward again, and a resumed import sends them", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const { workspaceId, key } = await signInToNewWorkspace(page);
  const file = test.info().outputPath("resume-edits.csv");
  await writeFile(file, bigLeadsCsv(5_000, "resume-edits.example.com"));
  await openOptions(page, file);

  // Rows in the file's last chunk, found through the column filter: one edited, one skipped.
  await page.getByLabel("Filter by column").selectOption({ label: "Email" });
  await page.getByLabel("Text in that column").fill("lead4498@");
  await editCell(page, 4_500, "Email", "edited4498@resume-edits.example.com");
  await page.getByLabel("Text in that column").fill("lead4499@");
  await page.getByRole("checkbox", { name: "Select row 4501" }).check();
  await page.getByRole("button", { name: "Skip the 1 selected" }).click();
  const summary = page.getByTestId("review-summary");
  await expect(summary).toContainText("1 skipped by you; 1 cell edited in 1 row");

  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Map columns" })).toBeFocused();
  await goToOptions(page);
  await expect(summary).toContainText("1 skipped by you; 1 cell edited in 1 row");
  // The grid's view came back too; the rows edited are listed without it.
  await expect(page.getByLabel("Text in that column")).toHaveValue("lead4499@");
  await page.getByLabel("Text in that column").fill("");
  await page.getByLabel("Show").first().selectOption("edited");
  await expect(reviewCell(page, 4_500, "Email")).toHaveText("edited4498@resume-edits.example.com");

  // The connection drops after the first chunk; the page is closed and the file dropped again.
  let isOnline = true;
  await page.route(CHUNKS, async (route) => {
    if (!isOnline) return route.abort("internetdisconnected");
    isOnline = false;
    await route.continue();
  });
  await page.getByRole("button", { name: "Import 5,000 rows" }).click();
  await expect(page.getByText("Connection problem")).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await page.unroute(CHUNKS);
  await page.getByTestId("csv-file-input").setInputFiles(file);
  await expect(page.getByText("with the rows edited and skipped as you left them")).toBeVisible();
  await page.getByRole("button", { name: "Resume import" }).click();
  await expect(page.getByRole("heading", { name: "Import finished" })).toBeVisible({
    timeout: 60_000,
  });

  expect(await countLeads(workspaceId)).toBe(4_999);
  const [edited] = await listLeadsByApi(request, key, { search: "edited4498@" });
  expect(edited?.email).toBe("edited4498@resume-edits.example.com");
  expect(await listLeadsByApi(request, key, { search: "lead4498@" })).toEqual([]);
  expect(await listLeadsByApi(request, key, { search: "lead4499@" })).toEqual([]);
  await expect(page.getByTestId("import-counts-skippedByChoice")).toHaveText("1");
  // The edit went out after the resume, with the file's value for the history.
  expect(await resultImportRecord(page)).toMatchObject({ editedCells: 1, skippedByChoice: 1 });
  await page.getByLabel("Show").selectOption("edited");
  await expect(page.getByTestId("row-report")).toContainText(
    "Email was “lead4498@resume-edits.example.com”",
  );
});

import { expect, test } from "@playwright/test";
import { countLeads } from "../support/api";
import { bigLeadsCsv } from "../support/big-csv";
import { signInToNewWorkspace } from "../support/session";
import {
  csvFile,
  dataRows,
  goToMapping,
  goToOptions,
  readCounts,
  screenshot,
} from "../support/wizard";

const ROWS = 50_000;

declare global {
  interface Window {
    __keysHandled: number;
  }
}

// How soon the preview shows and how late the page's timers run meanwhile are measured by
// `npm run bench` (bench/cases/wizard.ts), not asserted here.
test("a 50,000-row file previews, imports with a moving progress bar, and the page keeps answering keys", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const { workspaceId } = await signInToNewWorkspace(page);
  await page.addInitScript(() => {
    window.__keysHandled = 0;
    document.addEventListener("keydown", () => window.__keysHandled++, true);
  });
  await page.goto("/import");

  await page
    .getByTestId("csv-file-input")
    .setInputFiles(csvFile("big-export.csv", bigLeadsCsv(ROWS)));
  await expect(page.getByTestId("csv-preview")).toContainText("lead0@bulk.example.com");
  await expect(page.getByTestId("file-facts")).toContainText("50,000 rows", { timeout: 60_000 });

  await goToMapping(page);
  await goToOptions(page);
  await page.getByRole("button", { name: "Import 50,000 rows" }).click();

  // The bar moves: sample its value while rows go out, and press a key meanwhile.
  const progress = page.getByRole("progressbar", { name: "Import progress" });
  const seen = new Set<number>();
  let keysPressed = 0;
  let screenshotTaken = false;
  while (!(await page.getByRole("heading", { name: "Import finished" }).isVisible())) {
    // A short timeout: the bar goes away when the import finishes, between two checks.
    const value = await progress
      .getAttribute("aria-valuenow", { timeout: 1_000 })
      .catch(() => null);
    if (value !== null) seen.add(Number(value));
    if (!screenshotTaken && Number(value) > 10_000) {
      await screenshot(page, "wizard-4-import-progress");
      screenshotTaken = true;
    }
    if (value !== null && Number(value) > 0) {
      await page.keyboard.press("Shift");
      keysPressed += 1;
    }
    await page.waitForTimeout(250);
  }

  const counts = await readCounts(page, "import-counts");
  expect(counts).toMatchObject({ created: ROWS, failed: 0, repeated: 0 });
  expect(await countLeads(workspaceId)).toBe(ROWS);
  expect(seen.size).toBeGreaterThanOrEqual(3);
  expect(screenshotTaken).toBe(true);
  expect(keysPressed).toBeGreaterThan(5);
  expect(await page.evaluate(() => window.__keysHandled)).toBe(keysPressed);
  await screenshot(page, "wizard-5-result-50k");
});

test("a 60,000-row file, past the API's per-request limit: the grid scrolls to its last row, and the dry run says it samples first", async ({
  page,
}) => {
  test.setTimeout(300_000);
  await signInToNewWorkspace(page);
  await page.goto("/import");
  await page
    .getByTestId("csv-file-input")
    .setInputFiles(csvFile("sixty-thousand.csv", bigLeadsCsv(60_000)));
  await expect(page.getByTestId("file-facts")).toContainText("60,000 rows", { timeout: 60_000 });
  await goToMapping(page);
  await goToOptions(page);

  const grid = page.getByTestId("review-grid");
  await expect(grid).toHaveAttribute("aria-rowcount", "60001");
  await expect(dataRows(grid).count()).resolves.toBeLessThan(60);
  await grid.locator('[data-row="2"] [data-column="Email"]').click();
  await page.keyboard.press("Control+End");
  await expect(grid.locator('[data-row="60001"] [data-column="Email"]')).toHaveText(
    "lead59999@bulk.example.com",
  );
  expect(await dataRows(grid).count()).toBeLessThan(60);

  // The sample's 10 chunks go through; the others wait until the dry run is stopped.
  let chunksSeen = 0;
  const held: Array<() => void> = [];
  await page.route("**/api/trpc/imports.chunk*", async (route) => {
    chunksSeen += 1;
    if (chunksSeen > 10) await new Promise<void>((release) => held.push(release));
    await route.continue();
  });
  await page.getByRole("button", { name: "Dry run" }).click();
  await expect(page.getByTestId("dry-run-progress")).toContainText(
    "Sampling: 10,000 rows spread through the file go first",
  );
  // However busy the machine (the other specs' imports share it): the sample's order is checked
  // here, its speed by the bench.
  await expect(page.getByTestId("dry-run-progress")).toContainText(
    "Sample checked. Now verifying every row",
    { timeout: 60_000 },
  );
  await expect(page.getByTestId("dry-run-estimate-created")).toHaveText("60,000");
  await screenshot(page, "wizard-3-dry-run-sampled");
  await page.getByRole("button", { name: "Stop the dry run" }).click();
  for (const release of held.splice(0)) release();
  await expect(page.getByTestId("dry-run-result")).toContainText("Dry run stopped early");
});

import { expect, test } from "@playwright/test";
import { countLeads } from "../support/api";
import { bigLeadsCsv } from "../support/big-csv";
import { signInToNewWorkspace } from "../support/session";
import { csvFile, goToMapping, goToOptions, readCounts, screenshot } from "../support/wizard";

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

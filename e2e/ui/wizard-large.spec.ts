import { expect, test } from "@playwright/test";
import { countLeads } from "../support/api";
import { bigLeadsCsv } from "../support/big-csv";
import { signInToNewWorkspace } from "../support/session";
import { csvFile, goToMapping, goToOptions, readCounts, screenshot } from "../support/wizard";

const ROWS = 50_000;

declare global {
  interface Window {
    __longTasks: Array<{ start: number; duration: number }>;
    __lag: { max: number; samples: number; over50: number; running: boolean };
    __inputDelays: number[];
  }
}

test("a 50,000-row file previews at once and imports with a moving progress bar, the page responsive", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const { workspaceId } = await signInToNewWorkspace(page);
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: "longtask", buffered: true });
    // Input delay: from the browser stamping the key event to its handler running.
    window.__inputDelays = [];
    document.addEventListener(
      "keydown",
      (event) => window.__inputDelays.push(performance.now() - event.timeStamp),
      true,
    );
  });
  await page.goto("/import");
  const content = bigLeadsCsv(ROWS);
  console.log(`file: ${ROWS} rows, ${(Buffer.byteLength(content) / 1_048_576).toFixed(1)} MB`);

  const dropped = Date.now();
  await page.getByTestId("csv-file-input").setInputFiles(csvFile("big-export.csv", content));
  await expect(page.getByTestId("csv-preview")).toContainText("lead0@bulk.example.com");
  const previewWallMs = Date.now() - dropped;
  const previewMs = await page.evaluate(
    () =>
      performance.measure("preview", "leadport:file-dropped", "leadport:preview-shown").duration,
  );
  await expect(page.getByTestId("file-facts")).toContainText("50,000 rows", { timeout: 60_000 });
  const parsedMs = await page.evaluate(
    () => performance.measure("parse", "leadport:file-dropped", "leadport:file-parsed").duration,
  );
  console.log(
    `preview shown ${previewMs.toFixed(0)} ms after the drop, whole file parsed in the worker after ${parsedMs.toFixed(0)} ms (in page; the test saw the preview ${previewWallMs} ms after setInputFiles, which includes copying 8 MB into the browser)`,
  );
  expect(previewMs).toBeLessThan(500);
  const parseLongTasks = await page.evaluate(() => {
    const dropped = performance.getEntriesByName("leadport:file-dropped")[0]?.startTime ?? 0;
    return window.__longTasks.filter((task) => task.start >= dropped).map((task) => task.duration);
  });

  await goToMapping(page);
  await goToOptions(page);
  const importStart = await page.evaluate(() => {
    window.__lag = { max: 0, samples: 0, over50: 0, running: true };
    let expected = performance.now() + 20;
    const tick = () => {
      const lag = performance.now() - expected;
      window.__lag.max = Math.max(window.__lag.max, lag);
      window.__lag.samples += 1;
      if (lag > 50) window.__lag.over50 += 1;
      expected = performance.now() + 20;
      if (window.__lag.running) setTimeout(tick, 20);
    };
    setTimeout(tick, 20);
    return performance.now();
  });
  const startedAt = Date.now();
  await page.getByRole("button", { name: "Import 50,000 rows" }).click();

  // The bar moves: sample its value while rows go out, and time a key press meanwhile.
  const progress = page.getByRole("progressbar", { name: "Import progress" });
  const seen = new Set<number>();
  let screenshotTaken = false;
  while (!(await page.getByRole("heading", { name: "Import finished" }).isVisible())) {
    const value = await progress.getAttribute("aria-valuenow").catch(() => null);
    if (value !== null) seen.add(Number(value));
    if (!screenshotTaken && Number(value) > 10_000) {
      await screenshot(page, "wizard-4-import-progress");
      screenshotTaken = true;
    }
    if (value !== null && Number(value) > 0) await page.keyboard.press("Shift");
    await page.waitForTimeout(250);
  }
  const importSeconds = (Date.now() - startedAt) / 1000;
  const stats = await page.evaluate((since) => {
    window.__lag.running = false;
    const during = window.__longTasks.filter((task) => task.start >= since);
    return {
      longTasks: during.length,
      longestTask: Math.max(0, ...during.map((task) => task.duration)),
      longTaskMs: during.reduce((sum, task) => sum + task.duration, 0),
      lag: window.__lag,
      inputDelays: window.__inputDelays,
    };
  }, importStart);

  const counts = await readCounts(page, "import-counts");
  expect(counts).toMatchObject({ created: ROWS, failed: 0, repeated: 0 });
  expect(await countLeads(workspaceId)).toBe(ROWS);
  expect(seen.size).toBeGreaterThanOrEqual(3);
  expect(screenshotTaken).toBe(true);
  console.log(
    `import: ${ROWS} rows in ${importSeconds.toFixed(1)} s = ${Math.round(ROWS / importSeconds)} rows/s; progress values seen: ${seen.size}`,
  );
  console.log(
    `main thread during import: ${stats.longTasks} long tasks (longest ${stats.longestTask.toFixed(0)} ms, ${stats.longTaskMs.toFixed(0)} ms in all); timer lag max ${stats.lag.max.toFixed(0)} ms, ${stats.lag.over50} of ${stats.lag.samples} samples late by >50 ms`,
  );
  const sorted = [...stats.inputDelays].sort((a, b) => a - b);
  console.log(
    `key presses during import: ${sorted.length}, input delay median ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms; long tasks from the drop to the parsed file: ${parseLongTasks.length} (${parseLongTasks.map((ms) => `${ms.toFixed(0)} ms`).join(", ") || "none"})`,
  );
  expect(sorted.length).toBeGreaterThan(5);
  expect(stats.lag.max).toBeLessThan(250);
  await screenshot(page, "wizard-5-result-50k");
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { bigLeadsCsv, writeBigLeadsCsv } from "../../e2e/support/big-csv";
import type { BenchDatabase } from "../bench-database";
import type { RunOutcome } from "../plan";
import { percentile } from "../stats";
import { tracedFrameCpu } from "./frame-cpu";
import {
  leadsIn,
  measured,
  startFrameWatch,
  startLagWatch,
  stopFrameWatch,
  stopLagWatch,
  withWizardPage,
} from "./wizard-page";

/*
 * The upload wizard in Chromium (the e2e tests check that it works; the times are measured here):
 * how soon a file's preview shows, how long the whole file takes to read, the dry run and the
 * import, and how late the page's timers run meanwhile (the main thread must stay free: the file
 * lives in a Web Worker, chunks go out without blocking).
 */

/** A file to drop: its first lead's email shows in the preview once it is read. */
export interface WizardFile {
  name: string;
  mimeType: string;
  /** The file's bytes, or where it is on disk (a file too large to pass as bytes). */
  content: Buffer | { path: string };
  rows: number;
  firstEmail: string;
  /** Leads the import must create: the rows with a valid email, each email once. */
  expectedLeads: number;
}

export function bigCsvFile(rows: number): WizardFile {
  return {
    name: "big-export.csv",
    mimeType: "text/csv",
    content: Buffer.from(bigLeadsCsv(rows)),
    rows,
    firstEmail: "lead0@bulk.example.com",
    expectedLeads: rows,
  };
}

const count = (rows: number) => rows.toLocaleString("en-US");

/** Drops the file, waits for its preview and its whole read, and goes on to the options step. */
async function dropAndRead(page: Page, file: WizardFile) {
  await page.goto("/import");
  const { name, mimeType, content } = file;
  await page
    .getByTestId("csv-file-input")
    .setInputFiles(Buffer.isBuffer(content) ? { name, mimeType, buffer: content } : content.path);
  await page.getByTestId("csv-preview").getByText(file.firstEmail).waitFor();
  const preview = await measured(
    page,
    "preview",
    "leadport:file-dropped",
    "leadport:preview-shown",
  );
  await page
    .getByTestId("file-facts")
    .getByText(`${count(file.rows)} rows`)
    .waitFor({ timeout: 600_000 });
  const parse = await measured(page, "parse", "leadport:file-dropped", "leadport:file-parsed");
  await page.getByRole("button", { name: "Continue to mapping" }).click();
  await page.evaluate(() => performance.mark("bench:options-opened"));
  await page.getByRole("button", { name: "Continue to options" }).click();
  return { preview, parse };
}

async function importAll(page: Page, rows: number): Promise<number> {
  const started = performance.now();
  await page.getByRole("button", { name: `Import ${count(rows)} rows` }).click();
  await page.getByRole("heading", { name: "Import finished" }).waitFor({ timeout: 900_000 });
  return performance.now() - started;
}

function leadProblems(created: number, file: WizardFile): string[] {
  return created === file.expectedLeads
    ? []
    : [`${created} leads written, expected ${file.expectedLeads}`];
}

/**
 * One wizard run into a fresh workspace; `ms` is the preview's, the phases say the rest (`parse`
 * is the whole file read in the page's Web Worker). The file's expected leads must be written.
 */
export function wizardRun(file: WizardFile): Promise<RunOutcome> {
  return withWizardPage(async (page, bench) => {
    const read = await dropAndRead(page, file);
    await startLagWatch(page);
    const importMs = await importAll(page, file.rows);
    const lag = await stopLagWatch(page);
    const created = await leadsIn(bench);
    const problems = leadProblems(created, file);
    if (lag.samples < 10) problems.push(`only ${lag.samples} timer samples`);
    return {
      ms: read.preview,
      phases: { ...read, import: importMs, "max timer lag": lag.max },
      counts: { created },
      problems,
    };
  });
}

/**
 * A wizard page with the bench's leads file of `rows` rows (about 170 MB for a million) written to
 * disk for the run, and removed after it.
 */
function withFileOnDisk(
  rows: number,
  run: (page: Page, bench: BenchDatabase, file: WizardFile) => Promise<RunOutcome>,
): Promise<RunOutcome> {
  const dir = mkdtempSync(path.join(tmpdir(), "leadport-bench-wizard-"));
  const filePath = path.join(dir, "million-export.csv");
  const file: WizardFile = {
    ...bigCsvFile(0),
    name: "million-export.csv",
    content: { path: filePath },
    rows,
    expectedLeads: rows,
  };
  return withWizardPage(async (page, bench) => {
    await writeBigLeadsCsv(filePath, rows);
    return run(page, bench, file);
  }).finally(() => rmSync(dir, { recursive: true, force: true }));
}

/**
 * The largest file the wizard takes (1,048,576 rows): preview, the whole file read, the dry run's
 * sample and every row verified, the import, and the main thread's worst stall in each phase.
 * `ms` is the import's.
 */
export function wizardMillionRun(rows: number): Promise<RunOutcome> {
  return withFileOnDisk(rows, async (page, bench, file) => {
    const read = await dropAndRead(page, file);
    await startLagWatch(page);
    const dryRunStarted = performance.now();
    await page.getByRole("button", { name: "Dry run" }).click();
    await page.getByTestId("dry-run-estimate").waitFor({ timeout: 600_000 });
    const sample = performance.now() - dryRunStarted;
    await page.getByTestId("dry-run-result").waitFor({ timeout: 900_000 });
    const dryRun = performance.now() - dryRunStarted;
    const dryRunLag = await stopLagWatch(page);
    await startLagWatch(page);
    const importMs = await importAll(page, rows);
    const importLag = await stopLagWatch(page);
    const created = await leadsIn(bench);
    return {
      ms: importMs,
      phases: {
        ...read,
        "dry run sample": sample,
        "dry run": dryRun,
        import: importMs,
        "dry run: max timer lag": dryRunLag.max,
        "dry run: longest task": dryRunLag.longestTask,
        "import: max timer lag": importLag.max,
        "import: longest task": importLag.longestTask,
      },
      counts: { created },
      problems: leadProblems(created, file),
    };
  });
}

/**
 * Scrolls the review grid's viewport from top to bottom and back, one jump a frame, in the page.
 * A string: tsx's helpers would not exist in the page.
 */
const SWEEP_GRID = `async (frames) => {
  const viewport = document.querySelector('[data-testid="review-grid"]');
  const range = viewport.scrollHeight - viewport.clientHeight;
  const half = frames / 2;
  for (let frame = 1; frame <= frames; frame++) {
    const at = frame <= half ? frame / half : (frames - frame) / half;
    viewport.scrollTop = Math.round(at * range);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}`;
const SWEEP_FRAMES = 600;
const WHEEL_TURNS = 200;
/** The grid keeps the rows in view and a few around them in the DOM, whatever the file. */
const MAX_GRID_ROWS_IN_DOM = 60;

const frameFigures = (name: string, durations: readonly number[]) => ({
  [`${name}: worst frame`]: Math.max(...durations),
  [`${name}: p95 frame`]: percentile(durations, 0.95),
});

/**
 * The review grid (step 3) on the largest file the wizard takes: `ms` is its first paint, from
 * step 3 opened to its first rows shown; then how long each frame takes while the grid is
 * scrolled fast, a jump a frame from the first row to the last and back (`sweep`, and the main
 * thread's CPU a frame in a second, traced sweep), and by the mouse wheel (`wheel`). Its last row
 * must show, and its DOM stay small.
 */
export function wizardGridRun(rows: number): Promise<RunOutcome> {
  return withFileOnDisk(rows, async (page, _bench, file) => {
    const read = await dropAndRead(page, file);
    const grid = page.getByTestId("review-grid");
    await grid.locator('[data-row="2"]').waitFor({ timeout: 600_000 });
    const firstPaint = await measured(
      page,
      "grid first paint",
      "bench:options-opened",
      "leadport:review-grid-shown",
    );
    // The rows are checked once the file is read; the grid shows once they are.
    const checked = await measured(
      page,
      "rows checked",
      "leadport:file-parsed",
      "leadport:rows-checked",
    );
    const problems: string[] = [];

    const sweepGrid = () => page.evaluate(`(${SWEEP_GRID})(${SWEEP_FRAMES})`);
    await startFrameWatch(page);
    await sweepGrid();
    const sweep = await stopFrameWatch(page);
    // Again, traced: the main thread's CPU a frame, which the machine's other work does not skew.
    const sweepCpu = await tracedFrameCpu(page, sweepGrid);

    await grid.hover();
    await startFrameWatch(page);
    for (let turn = 0; turn < WHEEL_TURNS; turn++) await page.mouse.wheel(0, 3_000);
    const wheel = await stopFrameWatch(page);

    await grid.evaluate((viewport) => {
      viewport.scrollTop = viewport.scrollHeight;
    });
    const lastEmail = `lead${rows - 1}@bulk.example.com`;
    const lastRow = grid.locator(`[data-row="${rows + 1}"] [data-column="Email"]`);
    if ((await lastRow.textContent({ timeout: 10_000 }).catch(() => null)) !== lastEmail) {
      problems.push(`the last row does not show ${lastEmail}`);
    }
    const rowsInDom = await grid.locator('[role="row"]').count();
    if (rowsInDom > MAX_GRID_ROWS_IN_DOM) problems.push(`${rowsInDom} rows in the DOM`);
    return {
      ms: firstPaint,
      phases: {
        ...read,
        "rows checked": checked,
        "grid first paint": firstPaint,
        ...frameFigures("sweep", sweep),
        ...frameFigures("sweep CPU", sweepCpu),
        ...frameFigures("wheel", wheel),
        "sweep frames": sweep.length,
      },
      counts: { rowsInDom },
      problems,
    };
  });
}

import { type Browser, chromium, type Page } from "@playwright/test";
import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import { createTestMember } from "@/server/testing/test-workspace";
import { bigLeadsCsv } from "../../e2e/support/big-csv";
import { type BenchDatabase, freshDatabase } from "../bench-database";
import type { RunOutcome } from "../plan";
import { type BenchServer, startServer } from "../server";

/*
 * The upload wizard in Debian's Chromium against a `next start` server: how soon a 50,000-row
 * file's preview shows, and how late the page's timers run while it imports (the main thread
 * must stay free: parsing runs in a Web Worker, chunks go out without blocking). The e2e test
 * checks that it works; the times are measured here.
 */

/**
 * Installed before the page loads: a 20 ms timer, started on demand, that records how late it
 * fires. A string, not a function: tsx's helpers would not exist in the page.
 */
const WATCH_MAIN_THREAD = `
  const lag = { max: 0, samples: 0, running: false };
  let expected = 0;
  const tick = () => {
    if (!lag.running) return;
    lag.max = Math.max(lag.max, performance.now() - expected);
    lag.samples += 1;
    expected = performance.now() + 20;
    setTimeout(tick, 20);
  };
  window.__lag = lag;
  window.__startLagWatch = () => {
    lag.running = true;
    expected = performance.now() + 20;
    setTimeout(tick, 20);
  };
`;

type LagWindow = Window & {
  __lag: { max: number; samples: number; running: boolean };
  __startLagWatch: () => void;
};

function measured(page: Page, name: string, from: string, to: string): Promise<number> {
  return page.evaluate(
    ([measure, start, end]) => performance.measure(measure, start, end).duration,
    [name, from, to] as const,
  );
}

/** A file to drop: its first lead's email shows in the preview once it is read. */
export interface WizardFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
  rows: number;
  firstEmail: string;
  /** Leads the import must create: the rows with a valid email, each email once. */
  expectedLeads: number;
}

export function bigCsvFile(rows: number): WizardFile {
  const buffer = Buffer.from(bigLeadsCsv(rows));
  return {
    name: "big-export.csv",
    mimeType: "text/csv",
    buffer,
    rows,
    firstEmail: "lead0@bulk.example.com",
    expectedLeads: rows,
  };
}

async function uploadAndImport(page: Page, file: WizardFile) {
  const { rows } = file;
  await page.goto("/import");
  const { name, mimeType, buffer } = file;
  await page.getByTestId("csv-file-input").setInputFiles({ name, mimeType, buffer });
  await page.getByTestId("csv-preview").getByText(file.firstEmail).waitFor();
  const preview = await measured(
    page,
    "preview",
    "leadport:file-dropped",
    "leadport:preview-shown",
  );
  await page
    .getByTestId("file-facts")
    .getByText(`${rows.toLocaleString("en-US")} rows`)
    .waitFor({ timeout: 60_000 });
  const parse = await measured(page, "parse", "leadport:file-dropped", "leadport:file-parsed");
  await page.getByRole("button", { name: "Continue to mapping" }).click();
  await page.getByRole("button", { name: "Continue to options" }).click();
  await page.evaluate(() => (window as unknown as LagWindow).__startLagWatch());
  const started = performance.now();
  await page.getByRole("button", { name: `Import ${rows.toLocaleString("en-US")} rows` }).click();
  await page.getByRole("heading", { name: "Import finished" }).waitFor({ timeout: 180_000 });
  const importMs = performance.now() - started;
  const lag = await page.evaluate(() => {
    const { __lag } = window as unknown as LagWindow;
    __lag.running = false;
    return __lag;
  });
  return { preview, parse, importMs, lagMax: lag.max, lagSamples: lag.samples };
}

/** A signed-in page of a member of the bench's workspace. */
async function signedInPage(bench: BenchDatabase, browser: Browser, baseURL: string) {
  const member = await createTestMember(bench.database.db, bench.workspaceId);
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.addInitScript(WATCH_MAIN_THREAD);
  const signIn = await page.request.post("/api/trpc/auth.signIn", {
    data: { email: member.email, password: member.password },
  });
  if (!signIn.ok()) throw new Error(`sign-in failed: ${signIn.status()}`);
  return page;
}

async function leadsIn(bench: BenchDatabase): Promise<number> {
  const [row] = rowsOf<{ leads: string }>(
    await bench.database.db.execute(
      sql`select count(*) as leads from leads where workspace_id = ${bench.workspaceId}`,
    ),
  );
  return Number(row?.leads);
}

/**
 * One wizard run into a fresh workspace; `ms` is the preview's, the phases say the rest (`parse`
 * is the whole file read in the page's Web Worker). The file's expected leads must be written.
 */
export async function wizardRun(file: WizardFile): Promise<RunOutcome> {
  const { rows } = file;
  const bench = await freshDatabase("postgres");
  let server: BenchServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer({ url: bench.url });
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
    const page = await signedInPage(bench, browser, server.baseUrl);
    const run = await uploadAndImport(page, file);
    const created = await leadsIn(bench);
    const expected = file.expectedLeads;
    const problems = created === expected ? [] : [`${created} leads written, expected ${expected}`];
    if (run.lagSamples < 10) problems.push(`only ${run.lagSamples} timer samples`);
    return {
      ms: run.preview,
      phases: {
        preview: run.preview,
        parse: run.parse,
        import: run.importMs,
        "max timer lag": run.lagMax,
      },
      counts: { created },
      problems,
    };
  } finally {
    await browser?.close();
    await server?.stop();
    await bench.close();
  }
}

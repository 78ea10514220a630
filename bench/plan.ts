import { MAX_WIZARD_ROWS } from "@/lib/limits";
import type { DbKind } from "./bench-database";
import {
  bulkRun,
  CONCURRENT_CLIENTS,
  concurrencyRun,
  csvImportRun,
  csvReimportRun,
  workbookImportRun,
} from "./cases/http";
import {
  bulkTagRun,
  campaignAddRun,
  filteredPageRun,
  HALF_EXISTING_ROWS,
  halfExistingImportRun,
  pageRun,
  releasePagesFixture,
  searchRun,
  undoRun,
} from "./cases/pages";
import { bigCsvFile, wizardGridRun, wizardMillionRun, wizardRun } from "./cases/wizard";
import {
  csvBytes,
  type DatasetSpec,
  expectedCounts,
  notesLengthFor,
  workbookFixture,
} from "./datasets";
import { LEAN_FLOOR_PREFIX } from "./results";
import { runWorker, type WorkerJob } from "./worker-protocol";

export type CaseGroup =
  | "floor"
  | "engine"
  | "http"
  | "baseline"
  | "memory"
  | "concurrency"
  | "ui"
  | "pages";

export interface RunOutcome {
  ms: number;
  phases?: Record<string, number>;
  rss?: { baselineMb: number; peakMb: number; growthMb: number };
  counts: Record<string, number>;
  problems: string[];
}

export interface BenchCase {
  id: string;
  label: string;
  group: CaseGroup;
  db: DbKind;
  /** Rows in the file or body (all clients together for the concurrency case). */
  rows: number;
  note?: string;
  run: () => Promise<RunOutcome>;
  /** Frees what the case's runs share (a seeded database, a server), once every round is done. */
  release?: () => Promise<void>;
}

const SEED = 20_260_008;
const spec = (rows: number, extra: Partial<DatasetSpec> = {}): DatasetSpec => ({
  rows,
  seed: SEED,
  ...extra,
});

const expectedCache = new Map<string, ReturnType<typeof expectedCounts>>();
function expectedFor(data: DatasetSpec) {
  const key = JSON.stringify(data);
  let expected = expectedCache.get(key);
  if (!expected) {
    expected = expectedCounts(csvBytes(data));
    expectedCache.set(key, expected);
  }
  return expected;
}

/** A worker job as a case run; the engine must create exactly the file's valid, first rows. */
function inWorker(job: Exclude<WorkerJob, { kind: "xlsx-parse" }>): () => Promise<RunOutcome> {
  return async () => {
    const result = await runWorker(job);
    const problems: string[] = [];
    const expected = expectedFor(job.spec);
    const written = result.counts.created ?? result.counts.written;
    if (written !== expected.valid) {
      problems.push(`${job.kind} wrote ${written} leads, expected ${expected.valid}`);
    }
    return { ...result, problems };
  };
}

function fromKb(rows: number): string {
  return rows >= 1_000 ? `${rows / 1_000}k` : String(rows);
}

export interface PlanOptions {
  quick: boolean;
}

/** The 50,000-row workbook (issue 19): read by the server, imported over HTTP, in the wizard. */
function workbookCases(): BenchCase[] {
  const rows = 50_000;
  return [
    {
      id: "xlsx-parse-50k",
      label: "Workbook read by the server",
      group: "engine",
      db: "postgres",
      rows,
      note: "open + first pass, then the rows in pieces; phases: the CSV twin read alike",
      run: async () => {
        const result = await runWorker({ kind: "xlsx-parse" });
        const problems = Object.entries(result.counts)
          .filter(([, count]) => count !== rows)
          .map(([what, count]) => `${what}: ${count}, expected ${rows}`);
        return { ...result, problems };
      },
    },
    {
      id: "xlsx-http-50k",
      label: "POST …/import/csv, .xlsx workbook",
      group: "http",
      db: "postgres",
      rows,
      note: "4.4 MB workbook of the 9.5 MB CSV's rows",
      run: workbookImportRun,
    },
    {
      id: "wizard-xlsx-50k",
      label: "Upload wizard in Chromium: .xlsx preview",
      group: "ui",
      db: "postgres",
      rows,
      note: "ms until the preview shows; parse = the whole sheet read in the Web Worker",
      run: () =>
        wizardRun({
          name: "fifty-thousand.xlsx",
          mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          content: workbookFixture().xlsx,
          rows,
          firstEmail: "james.garcia7x0@adatum349.com",
          expectedLeads: expectedCounts(workbookFixture().csv).valid,
        }),
    },
  ];
}

/**
 * The leads pages, a campaign add and an import in one workspace of `leads` leads (seeded once,
 * shared by these cases; see cases/pages.ts).
 */
function pagesCases(leads: number): BenchCase[] {
  const size = leads >= 1_000_000 ? `${leads / 1_000_000}m` : fromKb(leads);
  const count = leads.toLocaleString("en-US");
  const cases = [
    { id: `leads-page-${size}`, label: "Leads page: first page of 50", run: pageRun },
    {
      id: `leads-filtered-${size}`,
      label: "Leads page: filtered page of 50",
      run: filteredPageRun,
    },
    { id: `leads-search-${size}`, label: "Leads page: search", run: searchRun },
    {
      id: `leads-bulk-tag-${fromKb(leads / 20)}`,
      label: `Leads page: tag all ${(leads / 20).toLocaleString("en-US")} matching`,
      run: bulkTagRun,
    },
    {
      id: `campaign-add-all-${size}`,
      label: `Campaign: add all ${count} leads`,
      run: campaignAddRun,
    },
    {
      id: `csv-half-existing-${fromKb(HALF_EXISTING_ROWS)}`,
      label: "POST …/import/csv, half existing",
      run: halfExistingImportRun,
    },
    {
      id: `undo-import-${fromKb(HALF_EXISTING_ROWS)}`,
      label: "Undo an import, half updates",
      run: undoRun,
    },
  ];
  return cases.map((each) => ({
    ...each,
    run: () => each.run(leads),
    group: "pages" as const,
    db: "postgres" as const,
    rows: leads,
    note: `${count} leads seeded by COPY`,
    release: releasePagesFixture,
  }));
}

/** What `npm run bench` measures; BENCH_QUICK=1 keeps a CI-sized subset (one size, fewer rows). */
export function benchPlan({ quick }: PlanOptions): BenchCase[] {
  const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 50_000];
  const largest = sizes[sizes.length - 1] as number;
  const naiveRows = quick ? 300 : 2_000;
  const cases: BenchCase[] = [];

  for (const rows of quick ? [largest] : sizes) {
    cases.push({
      id: `copy-${fromKb(rows)}`,
      label: "Raw COPY into leads (floor)",
      group: "floor",
      db: "postgres",
      rows,
      note: "same cleaned rows, JS serialisation included",
      run: inWorker({ kind: "copy", spec: spec(rows) }),
    });
  }
  for (const rows of quick ? [largest] : [5_000, largest]) {
    cases.push({
      id: `${LEAN_FLOOR_PREFIX}${fromKb(rows)}`,
      label: "Raw COPY into a lean table (physical floor)",
      group: "floor",
      db: "postgres",
      rows,
      note: "only the live-email and tags indexes",
      run: inWorker({ kind: "copy-lean", spec: spec(rows) }),
    });
  }
  for (const rows of quick ? [largest] : sizes) {
    cases.push({
      id: `engine-postgres-${fromKb(rows)}`,
      label: "Engine in process",
      group: "engine",
      db: "postgres",
      rows,
      run: inWorker({ kind: "engine", db: "postgres", spec: spec(rows) }),
    });
  }
  cases.push({
    id: `engine-update-postgres-${fromKb(largest)}`,
    label: "Engine in process, all updates",
    group: "engine",
    db: "postgres",
    rows: largest,
    note: "every lead again, three fields changed and a tag, skipDuplicates=false",
    run: inWorker({ kind: "engine-update", db: "postgres", spec: spec(largest) }),
  });
  for (const rows of quick ? [largest] : [10_000, 50_000]) {
    cases.push({
      id: `engine-pglite-${fromKb(rows)}`,
      label: "Engine in process",
      group: "engine",
      db: "pglite",
      rows,
      note: "in-memory PGlite",
      run: inWorker({ kind: "engine", db: "pglite", spec: spec(rows) }),
    });
  }
  cases.push({
    id: `csv-phases-${fromKb(largest)}`,
    label: "CSV pipeline in process",
    group: "engine",
    db: "postgres",
    rows: largest,
    note: "the HTTP case's file, phases one after another",
    run: inWorker({ kind: "csv-phases", db: "postgres", spec: spec(largest) }),
  });
  cases.push({
    id: "json-phases-5k",
    label: "Bulk JSON pipeline in process",
    group: "engine",
    db: "postgres",
    rows: 5_000,
    run: inWorker({ kind: "json-phases", db: "postgres", spec: spec(5_000) }),
  });
  cases.push({
    id: "bulk-http-5k",
    label: "POST /v1/leads/bulk",
    group: "http",
    db: "postgres",
    rows: 5_000,
    run: () => bulkRun(spec(5_000)),
  });
  for (const rows of sizes) {
    cases.push({
      id: `csv-http-${fromKb(rows)}`,
      label: "POST /v1/leads/import/csv",
      group: "http",
      db: "postgres",
      rows,
      run: () => csvImportRun("postgres", spec(rows)),
    });
  }
  cases.push({
    id: `csv-http-update-${fromKb(largest)}`,
    label: "POST …/import/csv, all updates",
    group: "http",
    db: "postgres",
    rows: largest,
    note: "every email present, skipDuplicates=false",
    run: () => csvReimportRun(spec(largest), false),
  });
  const skipRows = quick ? 2_000 : 5_000;
  cases.push({
    id: `csv-http-skip-${fromKb(skipRows)}`,
    label: "POST …/import/csv, all skipped",
    group: "http",
    db: "postgres",
    rows: skipRows,
    note: "the same file again, skipDuplicates=true (default)",
    run: () => csvReimportRun(spec(skipRows), true),
  });
  if (!quick) {
    cases.push({
      id: "csv-http-pglite-50k",
      label: "POST /v1/leads/import/csv",
      group: "http",
      db: "pglite",
      rows: 50_000,
      note: "server on the embedded default",
      run: () => csvImportRun("pglite", spec(50_000)),
    });
    const big = spec(50_000, { notesLength: notesLengthFor(50_000, 50_000_000, SEED) });
    cases.push({
      id: "csv-http-50mb",
      label: "POST …/import/csv, 50 MB file",
      group: "memory",
      db: "postgres",
      rows: 50_000,
      note: "50k rows with long notes",
      run: () => csvImportRun("postgres", big),
    });
  }
  const wizardRows = quick ? 10_000 : 50_000;
  cases.push({
    id: `wizard-${fromKb(wizardRows)}`,
    label: "Upload wizard in Chromium: preview",
    group: "ui",
    db: "postgres",
    rows: wizardRows,
    note: "ms until the preview shows; the main thread's worst lag while importing",
    run: () => wizardRun(bigCsvFile(wizardRows)),
  });
  cases.push(...workbookCases());
  cases.push(...pagesCases(quick ? 100_000 : 1_000_000));
  if (!quick) {
    cases.push({
      id: "wizard-1m",
      label: "Upload wizard in Chromium: import",
      group: "ui",
      db: "postgres",
      rows: MAX_WIZARD_ROWS,
      note: "the largest file it takes: ms to import; preview, read, dry run and worst stall in phases",
      run: () => wizardMillionRun(MAX_WIZARD_ROWS),
    });
    cases.push({
      id: "wizard-grid-1m",
      label: "Upload wizard in Chromium: review grid",
      group: "ui",
      db: "postgres",
      rows: MAX_WIZARD_ROWS,
      note: "the largest file it takes: ms to the grid's first rows in step 3; frames while scrolling fast in phases",
      run: () => wizardGridRun(MAX_WIZARD_ROWS),
    });
  }
  const perClient = quick ? 2_000 : 10_000;
  cases.push({
    id: `concurrency-${CONCURRENT_CLIENTS}x${fromKb(perClient)}`,
    label: `${CONCURRENT_CLIENTS} clients, overlapping CSVs`,
    group: "concurrency",
    db: "postgres",
    rows: perClient * CONCURRENT_CLIENTS,
    note: `${fromKb(perClient)} rows each, half shared with the next file`,
    run: () => concurrencyRun(spec(perClient)),
  });
  cases.push({
    id: `naive-loop-${fromKb(naiveRows)}`,
    label: "Naive Drizzle loop, 1 INSERT/lead",
    group: "baseline",
    db: "postgres",
    rows: naiveRows,
    note: `only ${naiveRows.toLocaleString("en-US")} rows: compare rows/s`,
    run: inWorker({ kind: "naive", spec: spec(naiveRows) }),
  });
  cases.push({
    id: `drizzle-batch-${fromKb(largest)}`,
    label: "Drizzle insert().values(1,000)",
    group: "baseline",
    db: "postgres",
    rows: largest,
    note: "onConflictDoNothing, batches in sequence",
    run: inWorker({ kind: "drizzle-batch", spec: spec(largest) }),
  });
  return cases;
}

import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import { type BenchDatabase, type DbKind, freshDatabase } from "../bench-database";
import { watchCpu } from "../cpu";
import { bulkJson, csvBytes, type DatasetSpec, expectedCounts, workbookFixture } from "../datasets";
import { generateLeads, toCsv } from "../generate-leads";
import { type ImportAnswer, postBulk, postCsv } from "../http-client";
import { type RssPeak, watchRss } from "../rss";
import { type BenchServer, startServer } from "../server";
import { timed } from "../stats";

/*
 * The HTTP cases: every run gets a fresh database (cloned from the template) and its own
 * `next start` process, warmed by dry runs of other rows, so a run neither sees an earlier run's
 * leads nor its heap. Starting a server costs about a second, outside the timing.
 */

export interface RunResult {
  ms: number;
  rss?: RssPeak;
  counts: Record<string, number>;
  /** Broken promises (lost or duplicated leads, wrong counts): the bench fails on any. */
  problems: string[];
}

interface Served {
  server: BenchServer;
  apiKey: string;
  bench: BenchDatabase | undefined;
}

async function serve(db: DbKind, bench?: BenchDatabase): Promise<Served> {
  const ownsDatabase = !bench && db === "postgres";
  const database = bench ?? (ownsDatabase ? await freshDatabase("postgres") : undefined);
  try {
    const server = await startServer({ url: database?.url });
    const apiKey = database ? database.apiKey : await server.firstRunKey;
    return { server, apiKey, bench: database };
  } catch (error) {
    if (ownsDatabase) await database?.close();
    throw error;
  }
}

/** Dry runs of other rows through both doors: the JIT warms up, no lead is written. */
async function warmUp({ server, apiKey }: Served): Promise<void> {
  const csv = csvBytes({ rows: 1_000, seed: 424_242 });
  await postCsv(server.baseUrl, apiKey, csv, { dryRun: "true" });
  await postBulk(server.baseUrl, apiKey, bulkJson({ rows: 200, seed: 434_343 }), { dryRun: true });
}

async function release(served: Served): Promise<void> {
  await served.server.stop();
  await served.bench?.close();
}

function countsOf(answer: ImportAnswer): Record<string, number> {
  const { imported, updated, skipped, failed } = answer;
  return { imported, updated, skipped, failed };
}

function expectEqual(problems: string[], what: string, actual: number, expected: number) {
  if (actual !== expected) problems.push(`${what}: ${actual}, expected ${expected}`);
}

/** A request's time, the server's peak RSS, and the CPU of the server and its backends. */
async function measured(
  served: Served,
  request: () => Promise<{ ms: number; value: ImportAnswer }>,
) {
  const rss = watchRss(served.server.pid);
  const cpu = served.bench && (await watchCpu(served.bench, served.server.pid));
  try {
    const { ms, value } = await request();
    return { ms, value, rss: rss.stop(), cpuMs: await cpu?.stop() };
  } catch (error) {
    rss.stop();
    throw error;
  }
}

/** `POST /v1/leads/import/csv` into an empty workspace of a fresh database. */
export function csvImportRun(db: DbKind, spec: DatasetSpec): Promise<RunResult> {
  const bytes = csvBytes(spec);
  return fileImportRun(db, bytes, expectedCounts(bytes));
}

/** The 50,000-row workbook through the same endpoint; it must count what its CSV counts. */
export function workbookImportRun(): Promise<RunResult> {
  const { xlsx, csv } = workbookFixture();
  return fileImportRun("postgres", xlsx, expectedCounts(csv));
}

async function fileImportRun(
  db: DbKind,
  bytes: Uint8Array,
  expected: ReturnType<typeof expectedCounts>,
): Promise<RunResult> {
  const served = await serve(db);
  try {
    await warmUp(served);
    const { ms, value, rss, cpuMs } = await measured(served, () =>
      postCsv(served.server.baseUrl, served.apiKey, bytes),
    );
    const problems: string[] = [];
    expectEqual(problems, "imported", value.imported, expected.valid);
    expectEqual(problems, "failed", value.failed, expected.failed);
    expectEqual(problems, "skipped", value.skipped, expected.repeated);
    return { ms, rss, counts: { ...countsOf(value), ...cpuMs }, problems };
  } finally {
    await release(served);
  }
}

/**
 * The same file again into the workspace it was imported to: with `skipDuplicates=false` every
 * valid row updates, with the default every row is skipped. The first import runs on another
 * server process, so the timed one starts from a heap that has not seen these rows.
 */
export async function csvReimportRun(
  spec: DatasetSpec,
  skipDuplicates: boolean,
): Promise<RunResult> {
  const bytes = csvBytes(spec);
  const expected = expectedCounts(bytes);
  const bench = await freshDatabase("postgres");
  try {
    const first = await serve("postgres", bench);
    await postCsv(first.server.baseUrl, first.apiKey, bytes).finally(() => first.server.stop());
    const served = await serve("postgres", bench);
    try {
      await warmUp(served);
      const { ms, value, rss, cpuMs } = await measured(served, () =>
        postCsv(served.server.baseUrl, served.apiKey, bytes, {
          skipDuplicates: String(skipDuplicates),
        }),
      );
      const problems: string[] = [];
      expectEqual(problems, "imported", value.imported, 0);
      if (skipDuplicates) {
        expectEqual(problems, "skipped", value.skipped, expected.valid + expected.repeated);
      } else {
        expectEqual(problems, "updated", value.updated, expected.valid);
      }
      return { ms, rss, counts: { ...countsOf(value), ...cpuMs }, problems };
    } finally {
      await served.server.stop();
    }
  } finally {
    await bench.close();
  }
}

/** `POST /v1/leads/bulk` (at most 5,000 leads) into an empty workspace. */
export async function bulkRun(spec: DatasetSpec): Promise<RunResult> {
  const json = bulkJson(spec);
  const expected = expectedCounts(csvBytes(spec));
  const served = await serve("postgres");
  try {
    await warmUp(served);
    const { ms, value, rss, cpuMs } = await measured(served, () =>
      postBulk(served.server.baseUrl, served.apiKey, json),
    );
    const problems: string[] = [];
    expectEqual(problems, "imported", value.imported, expected.valid);
    expectEqual(problems, "failed", value.failed, expected.failed);
    return { ms, rss, counts: { ...countsOf(value), ...cpuMs }, problems };
  } finally {
    await release(served);
  }
}

export const CONCURRENT_CLIENTS = 4;

/**
 * Four clients upload overlapping files into one workspace at once: file i holds rows
 * [i·rows/2, i·rows/2 + rows) of one pool, so each row is in one or two files. Every valid email
 * must end up exactly once, created by exactly one of the requests.
 */
export async function concurrencyRun(spec: DatasetSpec): Promise<RunResult> {
  const step = Math.floor(spec.rows / 2);
  const pool = generateLeads(step * (CONCURRENT_CLIENTS + 1), spec.seed);
  const files = Array.from({ length: CONCURRENT_CLIENTS }, (_, i) =>
    Buffer.from(toCsv(pool.slice(i * step, i * step + spec.rows))),
  );
  const expected = expectedCounts(Buffer.from(toCsv(pool)));
  const served = await serve("postgres");
  const bench = served.bench;
  if (!bench) throw new Error("concurrency runs on PostgreSQL");
  try {
    await warmUp(served);
    const rss = watchRss(served.server.pid);
    const { ms, value: answers } = await timed(() =>
      Promise.all(files.map((file) => postCsv(served.server.baseUrl, served.apiKey, file))),
    );
    const peak = rss.stop();
    const [row] = rowsOf<{ active: string; distinct: string; deadlocks: string }>(
      await bench.database.db.execute(sql`
        select count(*) as active, count(distinct email_key) as distinct,
          (select deadlocks from pg_stat_database where datname = current_database()) as deadlocks
        from leads
        where workspace_id = ${bench.workspaceId} and deleted_at is null`),
    );
    const problems: string[] = [];
    const sum = (pick: (answer: ImportAnswer) => number) =>
      answers.reduce((total, { value }) => total + pick(value), 0);
    expectEqual(problems, "leads in the workspace", Number(row?.active), expected.valid);
    expectEqual(problems, "distinct emails", Number(row?.distinct), expected.valid);
    expectEqual(
      problems,
      "imported over all requests",
      sum((a) => a.imported),
      expected.valid,
    );
    answers.forEach(({ value }, i) => {
      const invalid = expectedCounts(files[i] as Buffer).failed;
      expectEqual(problems, `failed rows in request ${i + 1}`, value.failed, invalid);
      const accounted = value.imported + value.updated + value.skipped + value.failed;
      expectEqual(problems, `rows accounted in request ${i + 1}`, accounted, spec.rows);
    });
    const counts = {
      imported: sum((a) => a.imported),
      skipped: sum((a) => a.skipped),
      failed: sum((a) => a.failed),
      slowestRequestMs: Math.round(Math.max(...answers.map((answer) => answer.ms))),
      // Each one costs deadlock_timeout (1 s by default) before PostgreSQL aborts a batch to retry.
      deadlocks: Number(row?.deadlocks),
    };
    return { ms, rss: peak, counts, problems };
  } finally {
    await release(served);
  }
}

import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import postgres from "postgres";
import { arrayLiteral } from "@/db/array-literal";
import type { Db } from "@/db/client";
import { leads } from "@/db/schema";
import type { PreparedLead } from "@/lib/leads/prepare-leads";
import { LEAD_TEXT_COLUMNS } from "@/server/services/leads/lead-columns";
import { type BenchDatabase, freshDatabase } from "../bench-database";
import { copyLeads } from "../copy-leads";
import { watchCpu } from "../cpu";
import { cleanedLeadsOfCsv, csvBytes, type DatasetSpec } from "../datasets";
import { watchRss } from "../rss";
import { timed } from "../stats";
import type { WorkerResult } from "../worker-protocol";

/*
 * What a team would write instead of the engine, fed the engine's own cleaned rows, so only the
 * writing differs: COPY (the floor), one INSERT per lead, and Drizzle batches of 1,000.
 */

type LeadRow = typeof leads.$inferInsert;

function toRow(workspaceId: string, { emailKey, lead }: PreparedLead): LeadRow {
  const row: LeadRow = {
    workspaceId,
    emailKey,
    email: lead.email,
    emailStatus: lead.emailStatus ?? "unverified",
    tags: lead.tags ?? [],
    // Cleanup's field maps have no prototype, which Drizzle's value checks need.
    customFields: { ...lead.customFields },
  };
  const columns = row as Record<string, unknown>;
  for (const [field] of LEAD_TEXT_COLUMNS) columns[field] = lead[field] ?? null;
  return row;
}

class Rollback extends Error {}

/** Runs `write` in a transaction that is rolled back: warm code, no rows left behind. */
async function rolledBack(db: Db, write: (tx: Db) => Promise<unknown>): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      await write(tx as unknown as Db);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
}

async function withCleanedRows(
  spec: DatasetSpec,
  run: (bench: BenchDatabase, rows: PreparedLead[]) => Promise<Omit<WorkerResult, "rss">>,
): Promise<WorkerResult> {
  const bench = await freshDatabase("postgres");
  try {
    const rows = cleanedLeadsOfCsv(csvBytes(spec));
    const rss = watchRss(process.pid);
    const result = await run(bench, rows);
    return { ...result, rss: rss.stop() };
  } finally {
    await bench.close();
  }
}

export function naiveLoopCase(spec: DatasetSpec): Promise<WorkerResult> {
  return withCleanedRows(spec, async (bench, rows) => {
    const db = bench.database.db;
    const insertOne = (target: Db, lead: PreparedLead) =>
      target.insert(leads).values(toRow(bench.workspaceId, lead)).onConflictDoNothing();
    await rolledBack(db, async (tx) => {
      for (const lead of rows.slice(0, 50)) await insertOne(tx, lead);
    });
    const { ms } = await timed(async () => {
      for (const lead of rows) await insertOne(db, lead);
    });
    return { ms, counts: { written: rows.length } };
  });
}

export const DRIZZLE_BATCH = 1_000;

export function drizzleBatchCase(spec: DatasetSpec): Promise<WorkerResult> {
  return withCleanedRows(spec, async (bench, rows) => {
    const db = bench.database.db;
    const insertBatch = (target: Db, batch: PreparedLead[]) =>
      target
        .insert(leads)
        .values(batch.map((lead) => toRow(bench.workspaceId, lead)))
        .onConflictDoNothing();
    await rolledBack(db, (tx) => insertBatch(tx, rows.slice(0, 200)));
    const { ms } = await timed(async () => {
      for (let start = 0; start < rows.length; start += DRIZZLE_BATCH) {
        await insertBatch(db, rows.slice(start, start + DRIZZLE_BATCH));
      }
    });
    return { ms, counts: { written: rows.length } };
  });
}

/**
 * The lean floor's table: the leads' columns and defaults (ids and timestamps are still made),
 * with only the indexes an import needs, the live-email key that finds duplicates and the tags
 * index, and no primary key, listing or import index, or foreign key.
 */
const LEAN_TABLE = "leads_lean";

async function createLeanTable(sql: postgres.Sql): Promise<void> {
  await sql.unsafe(`create table ${LEAN_TABLE} (like leads including defaults)`);
  await sql.unsafe(`create unique index on ${LEAN_TABLE} (workspace_id, email_key)
    where deleted_at is null`);
  await sql.unsafe(`create index on ${LEAN_TABLE} using gin (tags)`);
}

/**
 * The floor: the same cleaned rows streamed by COPY, serialisation included, into `leads` itself
 * (every index, key and foreign key the schema has), or into the lean table (the physical floor).
 */
export function copyCase(spec: DatasetSpec, lean = false): Promise<WorkerResult> {
  return withCleanedRows(spec, async (bench, rows) => {
    if (!bench.url) throw new Error("COPY needs PostgreSQL");
    const sql = postgres(bench.url, { max: 1, onnotice: () => {} });
    const table = lean ? LEAN_TABLE : "leads";
    const copy = (target: postgres.Sql | postgres.TransactionSql, batch: PreparedLead[]) =>
      copyLeads(target, bench.workspaceId, batch, { table });
    try {
      if (lean) await createLeanTable(sql);
      await sql
        .begin(async (tx) => {
          await copy(tx, rows.slice(0, 200));
          throw new Rollback();
        })
        .catch((error) => {
          if (!(error instanceof Rollback)) throw error;
        });
      const cpu = await watchCpu(bench);
      const { ms } = await timed(() => copy(sql, rows));
      const cpuMs = await cpu.stop();
      const [{ count } = { count: "0" }] = await sql<{ count: string }[]>`
        select count(*) from ${sql(table)} where workspace_id = ${bench.workspaceId}`;
      return { ms, counts: { written: Number(count), ...cpuMs } };
    } finally {
      await sql.end();
    }
  });
}

import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import postgres from "postgres";
import { arrayLiteral } from "@/db/array-literal";
import type { Db } from "@/db/client";
import { leads } from "@/db/schema";
import type { PreparedLead } from "@/lib/leads/prepare-leads";
import { LEAD_TEXT_COLUMNS } from "@/server/services/leads/lead-columns";
import { type BenchDatabase, freshDatabase } from "../bench-database";
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
    customFields: lead.customFields ?? {},
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

const COPY_COLUMNS = [
  "workspace_id",
  "email_key",
  "email",
  "email_status",
  "tags",
  "custom_fields",
  ...LEAD_TEXT_COLUMNS.map(([, column]) => column),
];

/** COPY's text format: backslash escapes, `\N` for NULL (PostgreSQL docs, "COPY", File Formats). */
function copyText(value: string | null | undefined): string {
  if (value === null || value === undefined) return "\\N";
  return value.replace(/[\\\t\n\r]/g, (char) =>
    char === "\\" ? "\\\\" : char === "\t" ? "\\t" : char === "\n" ? "\\n" : "\\r",
  );
}

function* copyChunks(workspaceId: string, rows: readonly PreparedLead[]): Generator<string> {
  const workspace = copyText(workspaceId);
  for (let start = 0; start < rows.length; start += 1_000) {
    let chunk = "";
    for (const { emailKey, lead } of rows.slice(start, start + 1_000)) {
      chunk += `${workspace}\t${copyText(emailKey)}\t${copyText(lead.email)}\t`;
      chunk += `${copyText(lead.emailStatus ?? "unverified")}\t${copyText(arrayLiteral(lead.tags ?? []))}\t`;
      chunk += copyText(JSON.stringify(lead.customFields ?? {}));
      for (const [field] of LEAD_TEXT_COLUMNS) chunk += `\t${copyText(lead[field])}`;
      chunk += "\n";
    }
    yield chunk;
  }
}

/** Streams cleaned leads into `leads` with COPY: the floor's writing, and the pages bench's seed. */
export async function copyLeads(
  target: postgres.Sql | postgres.TransactionSql,
  workspaceId: string,
  rows: readonly PreparedLead[],
): Promise<void> {
  const writable = await target`copy leads (${target(COPY_COLUMNS)}) from stdin`.writable();
  await pipeline(Readable.from(copyChunks(workspaceId, rows)), writable);
}

/** The physical floor: the same cleaned rows streamed by COPY, serialisation included. */
export function copyCase(spec: DatasetSpec): Promise<WorkerResult> {
  return withCleanedRows(spec, async (bench, rows) => {
    if (!bench.url) throw new Error("COPY needs PostgreSQL");
    const sql = postgres(bench.url, { max: 1, onnotice: () => {} });
    const copy = (target: postgres.Sql | postgres.TransactionSql, batch: PreparedLead[]) =>
      copyLeads(target, bench.workspaceId, batch);
    try {
      await sql
        .begin(async (tx) => {
          await copy(tx, rows.slice(0, 200));
          throw new Rollback();
        })
        .catch((error) => {
          if (!(error instanceof Rollback)) throw error;
        });
      const { ms } = await timed(() => copy(sql, rows));
      const [{ count } = { count: "0" }] = await sql<{ count: string }[]>`
        select count(*) from leads where workspace_id = ${bench.workspaceId}`;
      return { ms, counts: { written: Number(count) } };
    } finally {
      await sql.end();
    }
  });
}

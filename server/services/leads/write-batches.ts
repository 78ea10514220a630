import { sql } from "drizzle-orm";
import { rowsOf, type Tx } from "@/db/client";
import { retryTransient } from "@/db/database-errors";
import { finishLead, type KeyedLead, type PrepareOptions } from "@/lib/leads/prepare-leads";
import type { RowOutcome } from "@/lib/leads/row-outcome";
import { runWithConcurrency } from "@/lib/run-with-concurrency";
import type { ImportOptions } from "@/lib/schemas/import-options";
import type { ServiceContext } from "@/server/services/context";
import { BatchesInFlight } from "./batches-in-flight";
import { assertWithinLimit, lockWorkspaceAndCountLeads } from "./plan-limit";
import { type BatchOptions, type LeadBatch, toLeadBatch, writeLeadBatch } from "./write-lead-batch";

/**
 * Runs in each batch's transaction once its leads are written, told the import they belong to;
 * what it returns is summed.
 */
export type AfterBatch = (
  tx: Tx,
  outcomes: ReadonlyMap<number, RowOutcome>,
  importId: string | null,
) => Promise<number>;

export interface WrittenBatches {
  outcomes: Map<number, RowOutcome>;
  afterBatchTotal: number;
}

export interface BatchWriting {
  ctx: ServiceContext;
  batches: Iterable<KeyedLead[]>;
  options: ImportOptions;
  importId: string | null;
  afterBatch?: AfterBatch;
  /** Told the outcomes of each batch once it is committed (the import record's progress). */
  onBatchWritten?: (outcomes: ReadonlyMap<number, RowOutcome>) => void;
}

interface Writer extends BatchWriting {
  batchOptions: BatchOptions;
  contactLimit: number | null;
}

class DryRunRollback extends Error {
  constructor(readonly written: WrittenBatches) {
    super("dry run rolled back");
  }
}

/**
 * Writes the batches, each in its own transaction and several at once; or, for a workspace with a
 * contact limit and for every dry run, all in one transaction, so that a refusal (or a dry run)
 * writes nothing. With a contact limit that transaction holds the workspace row, so the limit
 * check and the writes cannot race; a dry run without one holds nothing more than its leads, so
 * the wizard's dry-run chunks run side by side and none counts the workspace's leads.
 */
export async function writeBatches(writing: BatchWriting): Promise<WrittenBatches> {
  const { ctx, options } = writing;
  const workspace = await readWorkspace(ctx);
  const writer: Writer = {
    ...writing,
    contactLimit: workspace.contactLimit,
    batchOptions: {
      workspaceId: ctx.workspaceId,
      importId: writing.importId,
      skipDuplicates: options.skipDuplicates,
      restoreDeleted: options.restoreDeleted,
      tag: options.tag,
      hasDeletedLeads: workspace.hasDeletedLeads,
    },
  };
  if (writer.contactLimit === null && !options.dryRun) return writeParallelBatches(writer);
  // Read up front: a retried transaction writes the same batches again.
  const all = [...writing.batches];
  try {
    const written = await retryTransient(() => writeInOneTransaction({ ...writer, batches: all }));
    writing.onBatchWritten?.(written.outcomes);
    return written;
  } catch (error) {
    if (error instanceof DryRunRollback) return error.written;
    throw error;
  }
}

function writeInOneTransaction(writing: Writer): Promise<WrittenBatches> {
  const { ctx, options, batchOptions, contactLimit, afterBatch } = writing;
  return ctx.db.transaction(async (tx) => {
    const activeBefore =
      contactLimit === null ? 0 : await lockWorkspaceAndCountLeads(tx, ctx.workspaceId);
    const written: WrittenBatches = { outcomes: new Map(), afterBatchTotal: 0 };
    for (const batch of writing.batches) {
      const batchOutcomes = await writeLeadBatch(tx, cleanBatch(batch, options), batchOptions);
      written.afterBatchTotal += (await afterBatch?.(tx, batchOutcomes, writing.importId)) ?? 0;
      for (const [row, outcome] of batchOutcomes) written.outcomes.set(row, outcome);
    }
    if (contactLimit !== null) assertWithinLimit(written.outcomes, activeBefore, contactLimit);
    if (options.dryRun) throw new DryRunRollback(written);
    return written;
  });
}

async function writeParallelBatches(writing: Writer): Promise<WrittenBatches> {
  const { ctx, options, batchOptions, afterBatch } = writing;
  const written: WrittenBatches = { outcomes: new Map(), afterBatchTotal: 0 };
  const writeOne = async ({ batch, emails }: PreparedBatch, index: number) => {
    try {
      const committed = await retryTransient(() =>
        ctx.db.transaction(async (tx) => {
          const batchOutcomes = await writeLeadBatch(tx, batch, batchOptions);
          const total = (await afterBatch?.(tx, batchOutcomes, writing.importId)) ?? 0;
          return { batchOutcomes, total };
        }),
      );
      for (const [row, outcome] of committed.batchOutcomes) written.outcomes.set(row, outcome);
      written.afterBatchTotal += committed.total;
      writing.onBatchWritten?.(committed.batchOutcomes);
    } catch (error) {
      // The batch's transaction rolled back whole: its rows are reported, the others go on.
      ctx.logger.error("lead batch failed", { batch: index, rows: batch.rows.length, error });
      batch.rows.forEach((row, at) => {
        written.outcomes.set(row, { kind: "failed", reason: "not-saved", email: emails[at] });
      });
    }
  };
  // Cleaning as each batch starts, not up front, lets its CPU work overlap the queries in flight.
  const inFlight = new BatchesInFlight();
  await runWithConcurrency(writing.batches, inFlight.limit, (keyed, index) => {
    inFlight.add(keyed);
    return writeOne(prepareBatch(keyed, options), index);
  });
  return written;
}

/** What decides how the batches are written: the plan limit, and whether restores can happen. */
async function readWorkspace(ctx: ServiceContext) {
  const [row] = rowsOf<{ contact_limit: number | null; has_deleted_leads: boolean }>(
    await ctx.db.execute(sql`
      select contact_limit, exists (
        select 1 from leads where workspace_id = ${ctx.workspaceId} and deleted_at is not null
      ) as has_deleted_leads
      from workspaces where id = ${ctx.workspaceId}`),
  );
  return {
    contactLimit: row?.contact_limit ?? null,
    hasDeletedLeads: Boolean(row?.has_deleted_leads),
  };
}

interface PreparedBatch {
  batch: LeadBatch;
  /** The rows' emails as sent, for the failure report should the batch not be saved. */
  emails: Array<string | undefined>;
}

function prepareBatch(keyed: KeyedLead[], options: PrepareOptions): PreparedBatch {
  return {
    batch: cleanBatch(keyed, options),
    emails: keyed.map(({ record }) => record.email?.trim()),
  };
}

/** Cleaned and written out for sending; the cleaned leads are not kept. */
function cleanBatch(keyed: KeyedLead[], options: PrepareOptions): LeadBatch {
  return toLeadBatch(keyed.map((lead) => finishLead(lead, options)));
}

import { sql } from "drizzle-orm";
import { rowsOf, type Tx } from "@/db/client";
import type { LeadRecord } from "@/lib/fields/catalogue";
import { tallyOutcomes } from "@/lib/leads/outcome-tally";
import {
  finishLead,
  type KeyedLead,
  type PrepareOptions,
  RequestKeys,
} from "@/lib/leads/prepare-leads";
import { positionOf, recordedRowErrors } from "@/lib/leads/row-errors";
import type { RowOutcome } from "@/lib/leads/row-outcome";
import { BATCH_ROWS, BATCHES_IN_FLIGHT } from "@/lib/limits";
import { DEFAULT_IMPORT_OPTIONS, type ImportOptions } from "@/lib/schemas/import-options";
import { ServiceError } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";
import { startImportRecord, updateImportRecord } from "@/server/services/imports/record-import";
import { retryTransient } from "./database-errors";
import { runWithConcurrency } from "./run-with-concurrency";
import { type BatchOptions, type LeadBatch, toLeadBatch, writeLeadBatch } from "./write-lead-batch";

export interface ImportLeadsOptions extends ImportOptions {
  source: "api" | "csv" | "ui";
  /**
   * How the run is kept in `imports`: its own new row (the default), none (a single-lead create),
   * or a row that already exists (a chunk of the web wizard's run, which records counts itself).
   */
  record?: "new" | "none" | { importId: string };
  endpoint: string;
  /** What the `imports` row records besides options and counts (file name, mapping, …). */
  details?: {
    fileName?: string;
    fileSize?: number;
    encoding?: string;
    delimiter?: string;
    mapping?: Record<string, string>;
  };
  /** What the `imports` row records as warnings, asked once every row was read. */
  warnings?: () => Record<string, unknown> | undefined;
  /** The number a user knows a row by (a CSV line); defaults to its 1-based position. */
  rowNumberOf?: (index: number) => number;
  /**
   * Runs inside each batch's transaction after its leads are written (campaign membership).
   * What it returns is summed over the batches that commit, into `afterBatchTotal`.
   */
  afterBatch?: (tx: Tx, outcomes: ReadonlyMap<number, RowOutcome>) => Promise<number>;
}

/** Match leads by email and create the new ones, as a single create or a campaign add does. */
export const MATCH_OR_CREATE = {
  ...DEFAULT_IMPORT_OPTIONS,
  source: "api",
} as const satisfies Partial<ImportLeadsOptions>;

export interface ImportLeadsResult {
  importId: string | null;
  /** One outcome per input row, in input order. */
  outcomes: RowOutcome[];
  afterBatchTotal: number;
}

interface Written {
  outcomes: Map<number, RowOutcome>;
  afterBatchTotal: number;
}

class DryRunRollback extends Error {
  constructor(readonly written: Written) {
    super("dry run rolled back");
  }
}

/**
 * Batches of leads that will reach the database, keyed as the pieces are read, in request order:
 * each batch's statement sorts its own rows, which is all lock order needs.
 */
function* batchesOf(
  pieces: Iterable<readonly LeadRecord[]>,
  keys: RequestKeys,
): Generator<KeyedLead[]> {
  let batch: KeyedLead[] = [];
  for (const piece of pieces) {
    for (const lead of keys.add(piece)) {
      batch.push(lead);
      if (batch.length === BATCH_ROWS) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * The import engine: every path that creates or updates leads goes through here. Rows are
 * cleaned and deduped in memory, then written in set-based batches, each in its own transaction.
 * A workspace with a contact limit (and every dry run) is written in one transaction that holds
 * the workspace row, so the limit check and the writes cannot race and a refusal writes nothing.
 */
export function importLeads({
  ctx,
  records,
  options,
}: {
  ctx: ServiceContext;
  records: readonly LeadRecord[];
  options: ImportLeadsOptions;
}): Promise<ImportLeadsResult> {
  return importLeadPieces({ ctx, pieces: [records], totalRows: records.length, options });
}

/**
 * importLeads over a request read in pieces (a CSV file): each piece is keyed and its batches
 * written while later pieces are still unread, so memory holds a few pieces, not the file.
 */
export async function importLeadPieces({
  ctx,
  pieces,
  totalRows,
  options,
}: {
  ctx: ServiceContext;
  pieces: Iterable<readonly LeadRecord[]>;
  totalRows: number;
  options: ImportLeadsOptions;
}): Promise<ImportLeadsResult> {
  const keys = new RequestKeys(options);
  // Read before the record opens: a failure here must not leave a run marked running.
  const workspace = await readWorkspace(ctx);
  const importId = await openImportRecord(ctx, totalRows, options);
  const ownsRecord = importId !== null && (options.record ?? "new") === "new";
  const batchOptions: BatchOptions = {
    workspaceId: ctx.workspaceId,
    importId,
    shouldUpdate: !options.skipDuplicates,
    shouldRestore: options.restoreDeleted,
    tag: options.tag,
    hasDeletedLeads: workspace.hasDeletedLeads,
  };
  try {
    const batches = batchesOf(pieces, keys);
    const written = await writeBatches(ctx, batches, batchOptions, options, workspace.contactLimit);
    const outcomes = Array.from(
      { length: keys.rowCount },
      (_, row) => keys.outcomes[row] ?? written.outcomes.get(row),
    ) as RowOutcome[];
    if (ownsRecord && importId) await finishImport(ctx, importId, outcomes, options);
    return { importId, outcomes, afterBatchTotal: written.afterBatchTotal };
  } catch (error) {
    if (ownsRecord && importId) {
      const message = error instanceof ServiceError ? error.message : "Import failed unexpectedly";
      await updateImportRecord(ctx.db, ctx.workspaceId, importId, {
        status: "failed",
        errorMessage: message,
        finishedAt: new Date(),
      });
    }
    throw error;
  }
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

async function writeBatches(
  ctx: ServiceContext,
  batches: Iterable<KeyedLead[]>,
  batchOptions: BatchOptions,
  options: ImportLeadsOptions,
  contactLimit: number | null,
): Promise<Written> {
  if (contactLimit === null && !options.dryRun) {
    return writeParallelBatches(ctx, batches, batchOptions, options);
  }
  // Read up front: a retried transaction writes the same batches again.
  const all = [...batches];
  try {
    return await retryTransient(() =>
      writeInOneTransaction(ctx, all, batchOptions, options, contactLimit),
    );
  } catch (error) {
    if (error instanceof DryRunRollback) return error.written;
    throw error;
  }
}

function writeInOneTransaction(
  ctx: ServiceContext,
  batches: readonly KeyedLead[][],
  batchOptions: BatchOptions,
  options: ImportLeadsOptions,
  contactLimit: number | null,
): Promise<Written> {
  return ctx.db.transaction(async (tx) => {
    const activeBefore = await lockWorkspaceAndCountLeads(tx, ctx.workspaceId);
    const written: Written = { outcomes: new Map(), afterBatchTotal: 0 };
    for (const batch of batches) {
      const batchOutcomes = await writeLeadBatch(tx, cleanBatch(batch, options), batchOptions);
      written.afterBatchTotal += (await options.afterBatch?.(tx, batchOutcomes)) ?? 0;
      for (const [row, outcome] of batchOutcomes) written.outcomes.set(row, outcome);
    }
    if (contactLimit !== null) assertWithinLimit(written.outcomes, activeBefore, contactLimit);
    if (options.dryRun) throw new DryRunRollback(written);
    return written;
  });
}

async function writeParallelBatches(
  ctx: ServiceContext,
  batches: Iterable<KeyedLead[]>,
  batchOptions: BatchOptions,
  options: ImportLeadsOptions,
): Promise<Written> {
  const written: Written = { outcomes: new Map(), afterBatchTotal: 0 };
  const writeOne = async ({ batch, emails }: PreparedBatch, index: number) => {
    try {
      const committed = await retryTransient(() =>
        ctx.db.transaction(async (tx) => {
          const batchOutcomes = await writeLeadBatch(tx, batch, batchOptions);
          const total = (await options.afterBatch?.(tx, batchOutcomes)) ?? 0;
          return { batchOutcomes, total };
        }),
      );
      for (const [row, outcome] of committed.batchOutcomes) written.outcomes.set(row, outcome);
      written.afterBatchTotal += committed.total;
    } catch (error) {
      // The batch's transaction rolled back whole: its rows are reported, the others go on.
      ctx.logger.error("lead batch failed", { batch: index, rows: batch.rows.length, error });
      batch.rows.forEach((row, at) => {
        written.outcomes.set(row, { kind: "failed", reason: "not-saved", email: emails[at] });
      });
    }
  };
  // Cleaning as each batch starts, not up front, lets its CPU work overlap the queries in flight.
  await runWithConcurrency(batches, BATCHES_IN_FLIGHT, (keyed, index) =>
    writeOne(prepareBatch(keyed, options), index),
  );
  return written;
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

async function lockWorkspaceAndCountLeads(tx: Tx, workspaceId: string): Promise<number> {
  await tx.execute(sql`select 1 from workspaces where id = ${workspaceId} for update`);
  const [row] = rowsOf<{ active: number | string }>(
    await tx.execute(
      sql`select count(*) as active from leads where workspace_id = ${workspaceId} and deleted_at is null`,
    ),
  );
  return Number(row?.active ?? 0);
}

function assertWithinLimit(outcomes: Map<number, RowOutcome>, activeBefore: number, limit: number) {
  let netNew = 0;
  for (const outcome of outcomes.values()) {
    if (outcome.kind === "created" || outcome.kind === "restored") netNew += 1;
  }
  if (netNew > 0 && activeBefore + netNew > limit) {
    throw new ServiceError(
      "PLAN_LIMIT_EXCEEDED",
      `Workspace contact limit exceeded: ${activeBefore} of ${limit} contacts used, this request adds ${netNew}`,
      { limit, current: activeBefore, requested: netNew },
    );
  }
}

async function openImportRecord(
  ctx: ServiceContext,
  totalRows: number,
  options: ImportLeadsOptions,
): Promise<string | null> {
  const record = options.record ?? "new";
  if (typeof record === "object") return record.importId;
  if (record === "none" || options.dryRun) return null;
  return startImportRecord(ctx.db, {
    workspaceId: ctx.workspaceId,
    source: options.source,
    endpoint: options.endpoint,
    options: pickOptions(options),
    totalRows,
    ...options.details,
  });
}

function pickOptions(options: ImportLeadsOptions): Record<string, unknown> {
  const { skipDuplicates, dataCleanup, tag, restoreDeleted, defaultCountry } = options;
  return { skipDuplicates, dataCleanup, tag, restoreDeleted, defaultCountry };
}

async function finishImport(
  ctx: ServiceContext,
  importId: string,
  outcomes: RowOutcome[],
  options: ImportLeadsOptions,
) {
  await updateImportRecord(ctx.db, ctx.workspaceId, importId, {
    status: "completed",
    counts: tallyOutcomes(outcomes),
    rowErrors: recordedRowErrors(outcomes, options.rowNumberOf ?? positionOf),
    warnings: options.warnings?.(),
    finishedAt: new Date(),
  });
}

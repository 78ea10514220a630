import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { retryTransient } from "@/db/database-errors";
import { importChunks, imports } from "@/db/schema";
import { storableText } from "@/lib/cleanup/storable-text";
import { isResumable } from "@/lib/fields/import-statuses";
import { leadsFromRows, type MappedColumn } from "@/lib/leads/leads-from-rows";
import { campaignCsvCounts, tallyOutcomes } from "@/lib/leads/outcome-tally";
import { type NumberedOutcome, numberOutcome } from "@/lib/leads/row-outcome";
import { decodeRowReport, encodeRowReport } from "@/lib/leads/row-report-lines";
import type { MappingTarget } from "@/lib/mapping/mapping-target";
import { toImportOptions } from "@/lib/schemas/import-options";
import type { ImportChunkInput, WizardEdit } from "@/lib/schemas/wizard-import";
import { ServiceError } from "@/server/errors";
import { processId } from "@/server/process-lease";
import { findCampaignRow } from "@/server/services/campaigns/find-campaign-row";
import {
  type CampaignCounts,
  campaignCounts as campaignCountsOf,
  joinCampaignAfterBatch,
  membershipTarget,
} from "@/server/services/campaigns/insert-memberships";
import type { ServiceContext } from "@/server/services/context";
import { importLeads } from "@/server/services/leads/import-leads";

/** A chunk applied meanwhile by another request (a retry): its writes roll back, its outcomes stand. */
class AppliedMeanwhile extends Error {
  constructor(readonly outcomes: NumberedOutcome[]) {
    super("chunk applied meanwhile");
  }
}

/**
 * One chunk of the wizard's import, in one transaction with its `import_chunks` row: a chunk
 * sent twice (a retry after the network dropped) is applied once and answers the same outcomes.
 * A dry-run chunk runs the same engine and is rolled back.
 *
 * The import's row is locked only once the chunk's leads are written, to record the chunk: the
 * chunks in flight then write side by side (the server's Node and PostgreSQL both busy) instead of
 * one after another, and the record still takes them one at a time. Finishing or canceling
 * meanwhile wins: a chunk that then finds its import closed rolls back whole.
 */
export async function importChunk({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ImportChunkInput;
}) {
  if (input.rowNumbers.length !== input.rows.length) {
    throw new ServiceError("VALIDATION_ERROR", "rowNumbers and rows must have the same length");
  }
  const width = input.targets.length;
  const ragged = input.rows.findIndex((row) => row.length !== width);
  if (ragged !== -1) {
    throw new ServiceError(
      "VALIDATION_ERROR",
      `rows[${ragged}] has ${input.rows[ragged]?.length} cells; targets name ${width}`,
    );
  }
  if (!input.dryRun && !input.importId)
    throw new ServiceError("VALIDATION_ERROR", "importId is required");
  const chunkRows = new Set(input.rowNumbers);
  const stray = input.edits.find((edit) => !chunkRows.has(edit.row));
  if (stray) {
    throw new ServiceError(
      "VALIDATION_ERROR",
      `edits name row ${stray.row}, which is not in the chunk`,
    );
  }
  const chunk = input.importId
    ? { workspaceId: ctx.workspaceId, importId: input.importId, chunkIndex: input.chunkIndex }
    : null;
  if (chunk) {
    const stored = await readChunk(ctx.db, chunk, input.dryRun, { lock: false });
    if (stored) return { outcomes: stored, isReplay: true };
  }
  try {
    return await retryTransient(() =>
      ctx.db.transaction(async (tx) => {
        const outcomes = await writeChunk({ ...ctx, db: tx }, input);
        if (chunk && !input.dryRun) {
          const stored = await readChunk(tx, chunk, false, { lock: true });
          if (stored) throw new AppliedMeanwhile(stored);
          await recordChunk(tx, chunk, { ...outcomes, edits: input.edits });
        }
        return { outcomes: outcomes.outcomes, isReplay: false };
      }),
    );
  } catch (error) {
    if (error instanceof AppliedMeanwhile) return { outcomes: error.outcomes, isReplay: true };
    throw error;
  }
}

/** Writes the chunk's leads (and joins its campaign) in `ctx`'s transaction; numbers the outcomes. */
async function writeChunk(ctx: ServiceContext, input: ImportChunkInput) {
  const campaign = input.options.campaignId
    ? await findCampaignRow(ctx.db, ctx.workspaceId, input.options.campaignId)
    : null;
  const { outcomes, afterBatchTotal } = await importLeads({
    ctx,
    pieces: [leadsFromRows(input.rows, columnsOf(input.targets))],
    options: toImportOptions({ ...input.options, dryRun: input.dryRun }),
    importId: input.dryRun ? null : input.importId,
    afterBatch: campaign ? joinCampaignAfterBatch(membershipTarget(campaign)) : undefined,
  });
  const rowNumberOf = (index: number) => input.rowNumbers[index] as number;
  const numbered = outcomes.map((outcome, index) => numberOutcome(outcome, index, rowNumberOf));
  const campaignCounts = campaign
    ? campaignCountsOf(afterBatchTotal, joiningLeads(numbered))
    : null;
  return { outcomes: numbered, campaignCounts };
}

interface ChunkKey {
  workspaceId: string;
  importId: string;
  chunkIndex: number;
}

/**
 * Refuses an unknown or closed import and answers the chunk's stored outcomes if it was applied.
 * With `lock`, the import's row is held to the end of the transaction (and an interrupted import
 * runs again); without, it is a first look that spares a replay the writing.
 */
async function readChunk(
  db: DbOrTx,
  { workspaceId, importId, chunkIndex }: ChunkKey,
  isDryRun: boolean,
  { lock }: { lock: boolean },
) {
  const query = db
    .select({ status: imports.status })
    .from(imports)
    .where(and(eq(imports.workspaceId, workspaceId), eq(imports.id, importId)));
  // Not `for update`: each chunk's batch record already holds the row `for key share` (its foreign
  // key), which that would wait for, chunk against chunk.
  const [run] = lock ? await query.for("no key update") : await query;
  if (!run) throw new ServiceError("NOT_FOUND", "Import not found");
  if (isDryRun) return null;
  if (!isResumable(run.status)) throw new ServiceError("CONFLICT", `This import is ${run.status}`);
  if (lock && run.status === "interrupted") await resumeImport(db, workspaceId, importId);
  const [stored] = await db
    .select({ report: importChunks.report })
    .from(importChunks)
    .where(
      and(
        eq(importChunks.workspaceId, workspaceId),
        eq(importChunks.importId, importId),
        eq(importChunks.chunkIndex, chunkIndex),
      ),
    );
  return stored ? decodeRowReport(stored.report) : null;
}

/** The wizard sends the rest of an import its server stopped in the middle of: it runs again. */
async function resumeImport(tx: DbOrTx, workspaceId: string, importId: string) {
  await tx
    .update(imports)
    .set({ status: "running", finishedAt: null, errorMessage: null })
    .where(and(eq(imports.workspaceId, workspaceId), eq(imports.id, importId)));
}

/** A chunk's targets as the columns of its rows: the nth cell of a row goes to the nth target. */
function columnsOf(targets: readonly MappingTarget[]): MappedColumn[] {
  return targets.map((target, index) => ({ index, target }));
}

/** The chunk's rows that ended as a lead, each of which joins the campaign or was in it. */
function joiningLeads(outcomes: readonly NumberedOutcome[]): number {
  const { created, existing } = campaignCsvCounts(tallyOutcomes(outcomes));
  return created + existing;
}

/** Stores the chunk's outcomes and adds its counts (and its campaign's) to the record's. */
async function recordChunk(
  tx: DbOrTx,
  { workspaceId, importId, chunkIndex }: ChunkKey,
  chunk: {
    outcomes: NumberedOutcome[];
    edits: WizardEdit[];
    campaignCounts: CampaignCounts | null;
  },
) {
  const { outcomes: chunkOutcomes, campaignCounts: chunkCampaign } = chunk;
  await tx.insert(importChunks).values({
    workspaceId,
    importId,
    chunkIndex,
    rowCount: chunkOutcomes.length,
    report: encodeRowReport(chunkOutcomes),
    edits: chunk.edits.map(storableEdit),
  });
  const counts = JSON.stringify(tallyOutcomes(chunkOutcomes));
  const campaignSet = chunkCampaign
    ? sql`, campaign_added = coalesce(campaign_added, 0) + ${chunkCampaign.campaignAdded},
        campaign_already_members = coalesce(campaign_already_members, 0)
          + ${chunkCampaign.campaignAlreadyMembers}`
    : sql``;
  await tx.execute(sql`
    update imports set
      runner_id = ${processId()}, heartbeat_at = now(),
      processed_rows = processed_rows + ${chunkOutcomes.length},
      counts = (
        select coalesce(jsonb_object_agg(key, coalesce((counts ->> key)::int, 0) + value::int), '{}'::jsonb)
        from jsonb_each_text(${counts}::jsonb)
      ) ${campaignSet}
    where workspace_id = ${workspaceId} and id = ${importId}`);
}

/** An edit as the record keeps it: a character the file had that PostgreSQL cannot store replaced. */
function storableEdit(edit: WizardEdit): WizardEdit {
  return {
    row: edit.row,
    column: storableText(edit.column),
    before: storableText(edit.before),
    after: storableText(edit.after),
  };
}

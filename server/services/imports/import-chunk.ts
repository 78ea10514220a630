import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { importChunks, imports } from "@/db/schema";
import { storableText } from "@/lib/cleanup/storable-text";
import { isResumable } from "@/lib/fields/import-statuses";
import { campaignCsvCounts, tallyOutcomes } from "@/lib/leads/outcome-tally";
import { type NumberedOutcome, numberOutcome } from "@/lib/leads/row-outcome";
import { decodeRowReport, encodeRowReport } from "@/lib/leads/row-report-lines";
import { toImportOptions } from "@/lib/schemas/import-options";
import type { ImportChunkInput, WizardEdit } from "@/lib/schemas/wizard-import";
import { ServiceError } from "@/server/errors";
import { processId } from "@/server/process-lease";
import { findCampaignRow } from "@/server/services/campaigns/find-campaign-row";
import {
  type CampaignCounts,
  campaignCounts,
  joinCampaignAfterBatch,
  membershipTarget,
} from "@/server/services/campaigns/insert-memberships";
import type { ServiceContext } from "@/server/services/context";
import { importLeads } from "@/server/services/leads/import-leads";

/**
 * One chunk of the wizard's import, in one transaction with its `import_chunks` row: a chunk
 * sent twice (a retry after the network dropped) is applied once and answers the same outcomes.
 * A dry-run chunk runs the same engine and is rolled back.
 */
export async function importChunk({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ImportChunkInput;
}) {
  if (input.rowNumbers.length !== input.records.length) {
    throw new ServiceError("VALIDATION_ERROR", "rowNumbers and records must have the same length");
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
  return ctx.db.transaction(async (tx) => {
    const chunkCtx = { ...ctx, db: tx };
    if (input.importId) {
      const stored = await claimChunk(
        tx,
        ctx.workspaceId,
        input.importId,
        input.chunkIndex,
        input.dryRun,
      );
      if (stored) return { outcomes: stored, isReplay: true };
    }
    const campaign = input.options.campaignId
      ? await findCampaignRow(tx, ctx.workspaceId, input.options.campaignId)
      : null;
    const { outcomes, afterBatchTotal } = await importLeads({
      ctx: chunkCtx,
      pieces: [input.records],
      options: toImportOptions({ ...input.options, dryRun: input.dryRun }),
      importId: input.dryRun ? null : input.importId,
      afterBatch: campaign ? joinCampaignAfterBatch(membershipTarget(campaign)) : undefined,
    });
    const rowNumberOf = (index: number) => input.rowNumbers[index] as number;
    const chunkOutcomes = outcomes.map((outcome, index) =>
      numberOutcome(outcome, index, rowNumberOf),
    );
    if (input.importId && !input.dryRun) {
      const chunkCampaign = campaign
        ? campaignCounts(afterBatchTotal, joiningLeads(chunkOutcomes))
        : null;
      await recordChunk(
        tx,
        { workspaceId: ctx.workspaceId, importId: input.importId, chunkIndex: input.chunkIndex },
        { outcomes: chunkOutcomes, edits: input.edits },
        chunkCampaign,
      );
    }
    return { outcomes: chunkOutcomes, isReplay: false };
  });
}

/** Locks the run, refuses a finished one, and returns a chunk's stored outcomes if it was applied. */
async function claimChunk(
  tx: DbOrTx,
  workspaceId: string,
  importId: string,
  chunkIndex: number,
  isDryRun: boolean,
) {
  const [run] = await tx
    .select({ status: imports.status })
    .from(imports)
    .where(and(eq(imports.workspaceId, workspaceId), eq(imports.id, importId)))
    .for("update");
  if (!run) throw new ServiceError("NOT_FOUND", "Import not found");
  if (isDryRun) return null;
  if (!isResumable(run.status)) throw new ServiceError("CONFLICT", `This import is ${run.status}`);
  if (run.status === "interrupted") await resumeImport(tx, workspaceId, importId);
  const [stored] = await tx
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

/** The chunk's rows that ended as a lead, each of which joins the campaign or was in it. */
function joiningLeads(outcomes: readonly NumberedOutcome[]): number {
  const { created, existing } = campaignCsvCounts(tallyOutcomes(outcomes));
  return created + existing;
}

/** Stores the chunk's outcomes and adds its counts (and its campaign's) to the record's. */
async function recordChunk(
  tx: DbOrTx,
  {
    workspaceId,
    importId,
    chunkIndex,
  }: { workspaceId: string; importId: string; chunkIndex: number },
  chunk: { outcomes: NumberedOutcome[]; edits: WizardEdit[] },
  chunkCampaign: CampaignCounts | null,
) {
  const chunkOutcomes = chunk.outcomes;
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

import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { importChunks, imports } from "@/db/schema";
import { FAILURE_MESSAGES } from "@/lib/leads/failure-messages";
import { countOutcomes, type RowOutcome } from "@/lib/leads/row-outcome";
import type { ChunkRowOutcome, ImportChunkInput } from "@/lib/schemas/ui-import";
import { ServiceError } from "@/server/errors";
import { findCampaignRow } from "@/server/services/campaigns/get-campaign";
import {
  joinCampaignAfterBatch,
  membershipTarget,
} from "@/server/services/campaigns/insert-memberships";
import type { ServiceContext } from "@/server/services/context";
import { importLeads } from "@/server/services/leads/import-leads";

function toChunkOutcome(row: number, outcome: RowOutcome): ChunkRowOutcome {
  if (outcome.kind === "failed")
    return { row, kind: "failed", error: FAILURE_MESSAGES[outcome.reason] };
  if (outcome.kind === "repeated") return { row, kind: "repeated" };
  return { row, kind: outcome.kind, leadId: outcome.leadId };
}

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
    const { outcomes } = await importLeads({
      ctx: chunkCtx,
      records: input.records,
      options: {
        skipDuplicates: input.options.skipDuplicates,
        dataCleanup: input.options.dataCleanup,
        tag: input.options.tag,
        defaultCountry: input.options.defaultCountry,
        restoreDeleted: true,
        dryRun: input.dryRun,
        source: "ui",
        endpoint: "web wizard",
        record: input.importId && !input.dryRun ? { importId: input.importId } : "none",
        afterBatch: campaign ? joinCampaignAfterBatch(membershipTarget(campaign)) : undefined,
      },
    });
    const chunkOutcomes = outcomes.map((outcome, index) =>
      toChunkOutcome(input.rowNumbers[index] as number, outcome),
    );
    if (input.importId && !input.dryRun) {
      await recordChunk(
        tx,
        ctx.workspaceId,
        input.importId,
        input.chunkIndex,
        chunkOutcomes,
        outcomes,
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
  if (run.status !== "running") throw new ServiceError("CONFLICT", `This import is ${run.status}`);
  const [stored] = await tx
    .select({ outcomes: importChunks.outcomes })
    .from(importChunks)
    .where(
      and(
        eq(importChunks.workspaceId, workspaceId),
        eq(importChunks.importId, importId),
        eq(importChunks.chunkIndex, chunkIndex),
      ),
    );
  return (stored?.outcomes as ChunkRowOutcome[] | undefined) ?? null;
}

async function recordChunk(
  tx: DbOrTx,
  workspaceId: string,
  importId: string,
  chunkIndex: number,
  chunkOutcomes: ChunkRowOutcome[],
  outcomes: RowOutcome[],
) {
  await tx.insert(importChunks).values({
    workspaceId,
    importId,
    chunkIndex,
    rowCount: chunkOutcomes.length,
    outcomes: chunkOutcomes,
  });
  const counts = JSON.stringify(countOutcomes(outcomes));
  await tx.execute(sql`
    update imports set
      processed_rows = processed_rows + ${chunkOutcomes.length},
      counts = (
        select coalesce(jsonb_object_agg(key, coalesce((counts ->> key)::int, 0) + value::int), '{}'::jsonb)
        from jsonb_each_text(${counts}::jsonb)
      )
    where workspace_id = ${workspaceId} and id = ${importId}`);
}

import { and, eq, sql } from "drizzle-orm";
import { rowsOf, type Tx } from "@/db/client";
import { retryTransient } from "@/db/database-errors";
import { previewTransaction } from "@/db/preview-transaction";
import { importEvents, imports } from "@/db/schema";
import type { ImportStatus } from "@/lib/fields/import-statuses";
import type { UndoImportInput, UndoResult } from "@/lib/schemas/imports";
import { ServiceError } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";
import { applyUndo } from "./apply-undo";
import { buildUndoPlan, countConflicts, listConflicts } from "./undo-plan";

/**
 * `POST /v1/imports/{id}/undo` and the import page's Undo: takes an import back in one
 * transaction. Leads it created are soft-deleted, leads it restored go back to deleted, leads it
 * updated or tagged get back the values it overwrote, campaign memberships it added are removed.
 * A lead that changed after the import is a conflict: left as it is and listed, unless `force`.
 * A dry run runs the very same statements and rolls them back. Undo never brings a deleted lead
 * back, so it cannot take a workspace past its contact limit.
 */
export async function undoImport({
  ctx,
  importId,
  input,
}: {
  ctx: ServiceContext;
  importId: string;
  input: UndoImportInput;
}): Promise<UndoResult> {
  const undo = (tx: Tx) => undoInTransaction({ ...ctx, db: tx }, tx, importId, input);
  return retryTransient(() =>
    input.dryRun ? previewTransaction(ctx.db, undo) : ctx.db.transaction(undo),
  );
}

async function undoInTransaction(
  ctx: ServiceContext,
  tx: Tx,
  importId: string,
  input: UndoImportInput,
): Promise<UndoResult> {
  const run = await lockUndoableImport(tx, ctx.workspaceId, importId);
  const target = { workspaceId: ctx.workspaceId, importId };
  await buildUndoPlan(tx, target);
  const conflicts = await listConflicts(tx, target);
  const conflictCount = await countConflicts(tx);
  const applied = await applyUndo(tx, ctx, { ...target, campaignId: run.campaignId }, input.force);
  const counts = {
    ...applied,
    conflicts: conflictCount,
    overridden: input.force ? conflictCount : 0,
  };
  await tx
    .update(imports)
    .set({ status: "undone" })
    .where(and(eq(imports.workspaceId, ctx.workspaceId), eq(imports.id, importId)));
  await tx.insert(importEvents).values({
    workspaceId: ctx.workspaceId,
    importId,
    kind: "undone",
    details: { counts, forced: input.force, statusBefore: run.status },
    actorUserId: ctx.actor?.userId ?? null,
    actorKeyId: ctx.actor?.apiKeyId ?? null,
  });
  return { importId, dryRun: input.dryRun, forced: input.force, counts, conflicts };
}

/**
 * Locks the import's record, so a second undo waits for the first and then finds it undone, and
 * refuses what cannot be undone: another workspace's or an unknown import, one still running,
 * one undone already, one past the workspace's undo window.
 */
async function lockUndoableImport(tx: Tx, workspaceId: string, importId: string) {
  const [run] = rowsOf<{
    status: ImportStatus;
    campaign_id: string | null;
    started_at: string;
    undo_window_days: number;
    is_past_window: boolean;
  }>(
    await tx.execute(sql`
      select i.status, i.campaign_id, i.started_at, w.undo_window_days,
        i.started_at + make_interval(days => w.undo_window_days) < now() as is_past_window
      from imports i join workspaces w on w.id = i.workspace_id
      where i.workspace_id = ${workspaceId} and i.id = ${importId}
      for update of i`),
  );
  if (!run) throw new ServiceError("NOT_FOUND", "Import not found");
  if (run.status === "undone") {
    throw new ServiceError("CONFLICT", "This import has already been undone");
  }
  if (run.status === "running") {
    throw new ServiceError("CONFLICT", "This import is still running; undo it once it has ended");
  }
  if (run.is_past_window) {
    const started = new Date(run.started_at).toISOString().slice(0, 10);
    throw new ServiceError(
      "CONFLICT",
      `This import started on ${started}, more than ${run.undo_window_days} days ago: it can no longer be undone`,
      { undoWindowDays: run.undo_window_days },
    );
  }
  return { status: run.status, campaignId: run.campaign_id };
}

import { and, desc, eq } from "drizzle-orm";
import { apiKeys, importEvents, imports, users } from "@/db/schema";
import type { ImportDetail } from "@/lib/schemas/imports";
import { ServiceError } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";
import { actorOf, selectImportRecords, toImportSummary } from "./import-summary";
import { countWizardEdits } from "./read-wizard-edits";

/** `GET /v1/imports/{id}` and an import's page: its record, in full, and its undo. */
export async function getImportDetail({
  ctx,
  importId,
}: {
  ctx: ServiceContext;
  importId: string;
}): Promise<ImportDetail> {
  const [row] = await selectImportRecords(ctx, eq(imports.id, importId));
  if (!row) throw new ServiceError("NOT_FOUND", "Import not found");
  return {
    ...toImportSummary(row),
    options: row.options,
    mapping: row.mapping,
    warnings: row.warnings,
    errorMessage: row.errorMessage,
    processedRows: row.processedRows,
    editedCells: await countWizardEdits(ctx, importId),
    skippedByChoice: row.skippedRows.length,
    undo: await findUndoEvent(ctx, importId),
  };
}

/** The import's undo, when it has one: when, by whom, and what it did. */
async function findUndoEvent(ctx: ServiceContext, importId: string): Promise<ImportDetail["undo"]> {
  const [event] = await ctx.db
    .select({
      at: importEvents.createdAt,
      details: importEvents.details,
      actorUserId: importEvents.actorUserId,
      actorKeyId: importEvents.actorKeyId,
      userEmail: users.email,
      keyName: apiKeys.name,
    })
    .from(importEvents)
    .leftJoin(users, eq(users.id, importEvents.actorUserId))
    .leftJoin(apiKeys, eq(apiKeys.id, importEvents.actorKeyId))
    .where(
      and(
        eq(importEvents.workspaceId, ctx.workspaceId),
        eq(importEvents.importId, importId),
        eq(importEvents.kind, "undone"),
      ),
    )
    .orderBy(desc(importEvents.id))
    .limit(1);
  if (!event) return null;
  const details = event.details as {
    forced?: boolean;
    counts: NonNullable<ImportDetail["undo"]>["counts"];
  };
  return {
    at: event.at.toISOString(),
    by: actorOf({ userId: event.actorUserId, keyId: event.actorKeyId }, event),
    forced: details.forced === true,
    counts: details.counts,
  };
}

import { and, desc, eq, getTableColumns, type SQL } from "drizzle-orm";
import { apiKeys, importEvents, imports, users, workspaces } from "@/db/schema";
import { tallyFrom, wizardCounts } from "@/lib/leads/outcome-tally";
import type { ImportDetail, ImportSummary } from "@/lib/schemas/imports";
import type { ServiceContext } from "@/server/services/context";

const DAY_MS = 24 * 60 * 60 * 1000;

/** An import's record with the names of who ran it and its workspace's undo window. */
export function selectImportRecords(ctx: ServiceContext, where: SQL | undefined) {
  return ctx.db
    .select({
      ...getTableColumns(imports),
      userEmail: users.email,
      keyName: apiKeys.name,
      undoWindowDays: workspaces.undoWindowDays,
    })
    .from(imports)
    .innerJoin(workspaces, eq(workspaces.id, imports.workspaceId))
    .leftJoin(users, eq(users.id, imports.actorUserId))
    .leftJoin(apiKeys, eq(apiKeys.id, imports.actorKeyId))
    .where(and(eq(imports.workspaceId, ctx.workspaceId), where));
}

type ImportRecordRow = Awaited<ReturnType<typeof selectImportRecords>>[number];

function actorOf(
  ids: { userId: string | null; keyId: string | null },
  names: {
    userEmail: string | null;
    keyName: string | null;
  },
): ImportSummary["ranBy"] {
  if (ids.keyId) return { kind: "apiKey", id: ids.keyId, name: names.keyName ?? "API key" };
  if (ids.userId) return { kind: "user", id: ids.userId, name: names.userEmail ?? "A teammate" };
  return null;
}

export function toImportSummary(row: ImportRecordRow): ImportSummary {
  const counts = row.counts;
  return {
    id: row.id,
    door: row.door,
    status: row.status,
    fileName: row.fileName,
    fileSize: row.fileSize,
    encoding: row.encoding,
    delimiter: row.delimiter,
    campaignId: row.campaignId,
    ranBy: actorOf({ userId: row.actorUserId, keyId: row.actorKeyId }, row),
    totalRows: row.totalRows,
    counts: {
      ...wizardCounts(tallyFrom(counts)),
      ...(counts.campaignAdded === undefined
        ? {}
        : {
            campaignAdded: counts.campaignAdded,
            campaignAlreadyMembers: counts.campaignAlreadyMembers ?? 0,
          }),
    },
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    durationMs: row.finishedAt ? row.finishedAt.getTime() - row.startedAt.getTime() : null,
    undoableUntil:
      row.status === "undone"
        ? null
        : new Date(row.startedAt.getTime() + row.undoWindowDays * DAY_MS).toISOString(),
  };
}

/** The import's undo, when it has one: when, by whom, and what it did. */
export async function findUndoEvent(
  ctx: ServiceContext,
  importId: string,
): Promise<ImportDetail["undo"]> {
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

/** Newest first: the keyset the history pages by. */
export const IMPORT_KEYSET = { createdAt: imports.startedAt, id: imports.id };

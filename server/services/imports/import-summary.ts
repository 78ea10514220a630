import { and, eq, getTableColumns, type SQL } from "drizzle-orm";
import { apiKeys, imports, users, workspaces } from "@/db/schema";
import { tallyFrom, wizardCounts } from "@/lib/leads/outcome-tally";
import type { ImportSummary } from "@/lib/schemas/imports";
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

export function actorOf(
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
      ...(row.campaignAdded === null
        ? {}
        : {
            campaignAdded: row.campaignAdded,
            campaignAlreadyMembers: row.campaignAlreadyMembers ?? 0,
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

/** Newest first: the keyset the history pages by. */
export const IMPORT_KEYSET = { createdAt: imports.startedAt, id: imports.id };

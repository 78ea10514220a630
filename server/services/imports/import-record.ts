import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { imports } from "@/db/schema";
import { processId } from "@/server/process-lease";
import type { ServiceContext } from "@/server/services/context";

type NewImport = typeof imports.$inferInsert;

/** What an import's record says when it opens, before any lead is written: where it came from. */
export type ImportOpening = Omit<
  NewImport,
  | "id"
  | "workspaceId"
  | "status"
  | "startedAt"
  | "runnerId"
  | "heartbeatAt"
  | "actorUserId"
  | "actorKeyId"
>;

/** How it ended: `finished` or `canceled` with what it did, or `failed` with why. */
export type ImportClosing = Pick<
  NewImport,
  | "counts"
  | "rowErrors"
  | "warnings"
  | "errorMessage"
  | "processedRows"
  | "campaignAdded"
  | "campaignAlreadyMembers"
> & {
  status: "finished" | "canceled" | "failed";
};

/**
 * The `imports` row of one run, status `running` in this process's hands, with who runs it;
 * returns its id.
 */
export async function openImportRecord(
  ctx: ServiceContext,
  opening: ImportOpening,
): Promise<string> {
  const [row] = await ctx.db
    .insert(imports)
    .values({
      ...opening,
      workspaceId: ctx.workspaceId,
      actorUserId: ctx.actor?.userId ?? null,
      actorKeyId: ctx.actor?.apiKeyId ?? null,
      runnerId: processId(),
      heartbeatAt: sql`now()`,
    })
    .returning({ id: imports.id });
  if (!row) throw new Error("import insert returned no row");
  return row.id;
}

export async function closeImportRecord(
  db: DbOrTx,
  workspaceId: string,
  importId: string,
  closing: ImportClosing,
): Promise<void> {
  await db
    .update(imports)
    .set({ ...closing, finishedAt: sql`now()` })
    .where(and(eq(imports.workspaceId, workspaceId), eq(imports.id, importId)));
}

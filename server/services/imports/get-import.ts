import { and, asc, eq, sql } from "drizzle-orm";
import { importChunks, imports } from "@/db/schema";
import { ServiceError } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";

/** An import run with its progress and, for a wizard run, the chunks already applied. */
export async function getImport({ ctx, importId }: { ctx: ServiceContext; importId: string }) {
  const [run] = await ctx.db
    .select()
    .from(imports)
    .where(and(eq(imports.workspaceId, ctx.workspaceId), eq(imports.id, importId)));
  if (!run) throw new ServiceError("NOT_FOUND", "Import not found");
  const chunks = await ctx.db
    .select({
      chunkIndex: importChunks.chunkIndex,
      editedCells: sql<number>`jsonb_array_length(${importChunks.edits})`,
    })
    .from(importChunks)
    .where(and(eq(importChunks.workspaceId, ctx.workspaceId), eq(importChunks.importId, importId)))
    .orderBy(asc(importChunks.chunkIndex));
  return {
    id: run.id,
    door: run.door,
    status: run.status,
    fileName: run.fileName,
    totalRows: run.totalRows,
    processedRows: run.processedRows,
    counts: run.counts,
    rowErrors: run.rowErrors,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    doneChunks: chunks.map((chunk) => chunk.chunkIndex),
    /** Cells edited in the wizard's review among the rows applied (the chunks keep each one). */
    editedCells: chunks.reduce((sum, chunk) => sum + Number(chunk.editedCells), 0),
    /** Rows the user chose not to import in the wizard's review. */
    skippedByChoice: run.skippedRows.length,
  };
}

import { importChunks } from "@/db/schema";
import { numberOutcome, type RowOutcome } from "@/lib/leads/row-outcome";
import { encodeRowReportLine } from "@/lib/leads/row-report-lines";
import { CHUNK_ROWS } from "@/lib/limits";
import type { ServiceContext } from "@/server/services/context";

/**
 * Keeps every row's outcome of a finished import, numbered as its user knows the rows, in
 * `import_chunks` as the wizard's chunks keep theirs: one row report for every door.
 */
export async function saveRowReport(
  ctx: ServiceContext,
  importId: string,
  outcomes: readonly RowOutcome[],
  rowNumberOf: (index: number) => number,
): Promise<void> {
  if (outcomes.length === 0) return;
  const chunks: Array<typeof importChunks.$inferInsert> = [];
  for (let start = 0; start < outcomes.length; start += CHUNK_ROWS) {
    const end = Math.min(start + CHUNK_ROWS, outcomes.length);
    const lines: string[] = [];
    for (let index = start; index < end; index++) {
      lines.push(
        encodeRowReportLine(numberOutcome(outcomes[index] as RowOutcome, index, rowNumberOf)),
      );
    }
    chunks.push({
      workspaceId: ctx.workspaceId,
      importId,
      chunkIndex: chunks.length,
      rowCount: lines.length,
      report: lines.join("\n"),
    });
  }
  await ctx.db.insert(importChunks).values(chunks);
}

import { and, asc, eq } from "drizzle-orm";
import { importChunks, imports } from "@/db/schema";
import { isResumable } from "@/lib/fields/import-statuses";
import { rowErrorOf } from "@/lib/leads/row-errors";
import type { NumberedOutcome } from "@/lib/leads/row-outcome";
import { ServiceError } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";
import { closeImportRecord } from "./import-record";

/**
 * Ends the wizard's run, running or interrupted: `completed` with every failed row recorded, or
 * `canceled`.
 */
export async function finishWizardImport({
  ctx,
  importId,
  status,
}: {
  ctx: ServiceContext;
  importId: string;
  status: "completed" | "canceled";
}) {
  return ctx.db.transaction(async (tx) => {
    const [run] = await tx
      .select({ status: imports.status })
      .from(imports)
      .where(and(eq(imports.workspaceId, ctx.workspaceId), eq(imports.id, importId)))
      .for("update");
    if (!run) throw new ServiceError("NOT_FOUND", "Import not found");
    if (!isResumable(run.status)) return { status: run.status };
    const chunks = await tx
      .select({ outcomes: importChunks.outcomes })
      .from(importChunks)
      .where(
        and(eq(importChunks.workspaceId, ctx.workspaceId), eq(importChunks.importId, importId)),
      )
      .orderBy(asc(importChunks.chunkIndex));
    const rowErrors = chunks
      .flatMap((chunk) => chunk.outcomes as NumberedOutcome[])
      .flatMap((outcome) => (outcome.kind === "failed" ? [rowErrorOf(outcome, outcome.row)] : []));
    await closeImportRecord(tx, ctx.workspaceId, importId, { status, rowErrors });
    return { status };
  });
}

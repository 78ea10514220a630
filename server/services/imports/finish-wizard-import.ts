import { and, eq } from "drizzle-orm";
import { imports } from "@/db/schema";
import { isResumable } from "@/lib/fields/import-statuses";
import { rowErrorOf } from "@/lib/leads/row-errors";
import { ServiceError } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";
import { closeImportRecord } from "./import-record";
import { readRowReport } from "./read-row-report";

/**
 * Ends the wizard's run, running or interrupted: `finished` with every failed row recorded, or
 * `canceled`.
 */
export async function finishWizardImport({
  ctx,
  importId,
  status,
}: {
  ctx: ServiceContext;
  importId: string;
  status: "finished" | "canceled";
}) {
  return ctx.db.transaction(async (tx) => {
    const [run] = await tx
      .select({ status: imports.status })
      .from(imports)
      .where(and(eq(imports.workspaceId, ctx.workspaceId), eq(imports.id, importId)))
      // As a chunk records itself (`importChunk`): the chunks in flight wait, then find it closed.
      .for("no key update");
    if (!run) throw new ServiceError("NOT_FOUND", "Import not found");
    if (!isResumable(run.status)) return { status: run.status };
    // Only the failed outcomes leave the database: a million-row import has a million outcomes.
    const failed = await readRowReport({ ...ctx, db: tx }, importId, { kinds: ["failed"] });
    const rowErrors = failed.flatMap((outcome) =>
      outcome.kind === "failed" ? [rowErrorOf(outcome, outcome.row)] : [],
    );
    await closeImportRecord(tx, ctx.workspaceId, importId, { status, rowErrors });
    return { status };
  });
}

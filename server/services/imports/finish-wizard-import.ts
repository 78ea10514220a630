import { and, eq, sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import { imports } from "@/db/schema";
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
    // Only the failed outcomes leave the database: a million-row import has a million outcomes.
    const failed = rowsOf<{ outcome: NumberedOutcome & { kind: "failed" } }>(
      await tx.execute(sql`
        select outcome from import_chunks,
          jsonb_path_query(outcomes, '$[*] ? (@.kind == "failed")') as outcome
        where workspace_id = ${ctx.workspaceId} and import_id = ${importId}
        order by (outcome ->> 'row')::int`),
    );
    const rowErrors = failed.map(({ outcome }) => rowErrorOf(outcome, outcome.row));
    await closeImportRecord(tx, ctx.workspaceId, importId, { status, rowErrors });
    return { status };
  });
}

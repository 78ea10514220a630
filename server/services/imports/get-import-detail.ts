import { eq } from "drizzle-orm";
import { imports } from "@/db/schema";
import type { ImportDetail } from "@/lib/schemas/imports";
import { ServiceError } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";
import { findUndoEvent, selectImportRecords, toImportSummary } from "./import-summary";

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
    undo: await findUndoEvent(ctx, importId),
  };
}

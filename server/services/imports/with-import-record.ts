import { tallyOutcomes } from "@/lib/leads/outcome-tally";
import { positionOf, recordedRowErrors } from "@/lib/leads/row-errors";
import type { RowOutcome } from "@/lib/leads/row-outcome";
import type { ImportOptions } from "@/lib/schemas/import-options";
import { ServiceError } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";
import { closeImportRecord, type ImportOpening, openImportRecord } from "./import-record";

/** What a door says about its run; the record adds the options, and on closing what happened. */
export type ImportOrigin = Omit<ImportOpening, "options" | "counts" | "rowErrors" | "warnings">;

/**
 * Runs an import (`run`, given the record's id, calls the engine with it) inside its record:
 * the `imports` row opens as `running` before any lead is written and closes `completed` with the
 * counts, every failed row and the warnings, or `failed` with the reason when the run throws.
 * A dry run writes nothing, so it keeps no record (`run` gets null).
 */
export async function withImportRecord<R extends { outcomes: readonly RowOutcome[] }>({
  ctx,
  origin,
  options,
  rowNumberOf = positionOf,
  warnings,
  run,
}: {
  ctx: ServiceContext;
  origin: ImportOrigin;
  options: ImportOptions;
  /** The number a user knows row `index` by (a CSV line); a JSON body's rows count from 1. */
  rowNumberOf?: (index: number) => number;
  /** Asked once the run is over, when a file's warnings are whole. */
  warnings?: () => Record<string, unknown> | undefined;
  run: (importId: string | null) => Promise<R>;
}): Promise<R & { importId: string | null }> {
  if (options.dryRun) return { ...(await run(null)), importId: null };
  const { dryRun: _never, ...recordedOptions } = options;
  const importId = await openImportRecord(ctx.db, ctx.workspaceId, {
    ...origin,
    options: recordedOptions,
  });
  try {
    const result = await run(importId);
    await closeImportRecord(ctx.db, ctx.workspaceId, importId, {
      status: "completed",
      counts: tallyOutcomes(result.outcomes),
      rowErrors: recordedRowErrors(result.outcomes, rowNumberOf),
      warnings: warnings?.(),
    });
    return { ...result, importId };
  } catch (error) {
    await closeImportRecord(ctx.db, ctx.workspaceId, importId, {
      status: "failed",
      errorMessage: error instanceof ServiceError ? error.message : "Import failed unexpectedly",
    });
    throw error;
  }
}

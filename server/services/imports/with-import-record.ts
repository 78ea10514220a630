import { tallyOutcomes } from "@/lib/leads/outcome-tally";
import { positionOf, recordedRowErrors } from "@/lib/leads/row-errors";
import type { RowOutcome } from "@/lib/leads/row-outcome";
import type { ImportOptions } from "@/lib/schemas/import-options";
import { ServiceError } from "@/server/errors";
import type { CampaignCounts } from "@/server/services/campaigns/insert-memberships";
import type { ServiceContext } from "@/server/services/context";
import { ImportProgress } from "./import-progress";
import { closeImportRecord, type ImportOpening, openImportRecord } from "./import-record";
import { saveRowReport } from "./row-report";

/** What a door says about its run; the record adds the options, and on closing what happened. */
export type ImportOrigin = Omit<ImportOpening, "options" | "counts" | "rowErrors" | "warnings">;

/** What the engine is given to write under the record: its id, and where to report progress. */
export interface RecordedRun {
  importId: string | null;
  onBatchWritten?: (outcomes: ReadonlyMap<number, RowOutcome>) => void;
}

/** What a run answers: one outcome per row, and for a campaign door, its campaign's figures. */
export interface RunOutcomes {
  outcomes: readonly RowOutcome[];
  campaignCounts?: CampaignCounts;
}

/**
 * Runs an import (`run` calls the engine with what it is given) inside its record: the `imports`
 * row opens as `running`, held by this process, before any lead is written; learns how far the
 * run has got as batches commit (ImportProgress); and closes `finished` with the counts, every
 * failed row, every row's outcome (its row report) and the warnings, or `failed` with the reason
 * when the run throws. Should the process die first, another marks it `interrupted`
 * (interruptAbandonedImports). What undo needs, the engine's batches record themselves. A dry run
 * writes nothing, so it keeps no record (`run` gets a null id).
 */
export async function withImportRecord<R extends RunOutcomes>({
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
  run: (recorded: RecordedRun) => Promise<R>;
}): Promise<R & { importId: string | null }> {
  if (options.dryRun) return { ...(await run({ importId: null })), importId: null };
  const { dryRun: _never, ...recordedOptions } = options;
  const importId = await openImportRecord(ctx, { ...origin, options: recordedOptions });
  const progress = new ImportProgress(ctx, importId);
  try {
    const result = await run({ importId, onBatchWritten: progress.batchWritten });
    await progress.stop();
    await saveRowReport(ctx, importId, result.outcomes, rowNumberOf);
    await closeImportRecord(ctx.db, ctx.workspaceId, importId, {
      status: "finished",
      processedRows: result.outcomes.length,
      counts: tallyOutcomes(result.outcomes),
      ...result.campaignCounts,
      rowErrors: recordedRowErrors(result.outcomes, rowNumberOf),
      warnings: warnings?.(),
    });
    return { ...result, importId };
  } catch (error) {
    await progress.stop();
    await closeImportRecord(ctx.db, ctx.workspaceId, importId, {
      status: "failed",
      errorMessage: error instanceof ServiceError ? error.message : "Import failed unexpectedly",
    });
    throw error;
  }
}

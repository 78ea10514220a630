"use client";

import { useCallback, useMemo, useState } from "react";
import type { MappedColumn } from "@/lib/leads/leads-from-rows";
import { tallyOutcomes, wizardCounts } from "@/lib/leads/outcome-tally";
import type { CsvWorkerClient } from "./csv-worker-client";
import { type OptionsForm, toApiOptions } from "./import-options";
import { chunkIndexes, chunkSender, type WizardClient } from "./send-chunk";
import { useChunkRun } from "./use-chunk-run";
import type { ChunkPlanSummary } from "./worker-protocol";

/** What a dry run was run with; its figures are stale once the mapping or options change. */
export function runKey(columns: readonly MappedColumn[], options: OptionsForm): string {
  return JSON.stringify([columns, options]);
}

/** The whole file through the engine with `dryRun: true`: every chunk rolled back. */
export function useDryRun(getWorker: () => CsvWorkerClient, client: WizardClient) {
  const run = useChunkRun();
  const [plan, setPlan] = useState<ChunkPlanSummary | null>(null);
  const [key, setKey] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const start = useCallback(
    async (columns: MappedColumn[], options: OptionsForm) => {
      const worker = getWorker();
      setError(null);
      try {
        const planned = await worker.request({
          type: "plan",
          columns,
          dataCleanup: options.dataCleanup,
        });
        setPlan(planned);
        setKey(runKey(columns, options));
        await run.start({
          chunkIndexes: chunkIndexes(planned.chunkCount),
          rowsTotal: planned.sendRows,
          send: chunkSender(client, worker, { options: toApiOptions(options), dryRun: true }),
        });
      } catch (caught) {
        setError(caught instanceof Error ? caught.message : String(caught));
      }
    },
    [client, getWorker, run.start],
  );

  const { reset: resetRun } = run;
  const reset = useCallback(() => {
    resetRun();
    setPlan(null);
    setKey(null);
    setError(null);
  }, [resetRun]);

  const { rowsDone, phase } = run.state;
  // The outcomes live in a ref; rowsDone and phase change whenever they do.
  const counts = useMemo(() => {
    const counts = wizardCounts(tallyOutcomes(run.outcomes.current.values()));
    return { ...counts, repeated: counts.repeated + (plan?.repeats.length ?? 0) };
  }, [rowsDone, phase, plan, run.outcomes]);
  return { ...run, plan, key, error: error ?? run.state.error, counts, start, reset };
}

export type DryRun = ReturnType<typeof useDryRun>;

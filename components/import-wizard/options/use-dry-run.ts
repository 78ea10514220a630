"use client";

import { useCallback, useState } from "react";
import type { MappedColumn } from "@/lib/leads/leads-from-rows";
import { useWizardRun, type WizardClient } from "../run/use-wizard-run";
import type { CsvWorkerClient } from "../worker/csv-worker-client";
import { type OptionsForm, toApiOptions } from "./import-options";

/** What a dry run was run with; its figures are stale once the mapping or options change. */
export function runKey(columns: readonly MappedColumn[], options: OptionsForm): string {
  return JSON.stringify([columns, options]);
}

/** The whole file through the engine with `dryRun: true`: every chunk rolled back. */
export function useDryRun(getWorker: () => CsvWorkerClient, client: WizardClient) {
  const run = useWizardRun(getWorker, client);
  const [key, setKey] = useState<string | null>(null);

  const { start: startRun, reset: resetRun } = run;
  const start = useCallback(
    (columns: MappedColumn[], options: OptionsForm) => {
      setKey(runKey(columns, options));
      return startRun({ kind: "dry-run", columns, options: toApiOptions(options) });
    },
    [startRun],
  );

  const reset = useCallback(() => {
    resetRun();
    setKey(null);
  }, [resetRun]);

  return { ...run, key, start, reset };
}

export type DryRun = ReturnType<typeof useDryRun>;

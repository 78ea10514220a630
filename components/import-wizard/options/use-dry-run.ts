"use client";

import { useCallback, useState } from "react";
import type { MappedColumn } from "@/lib/leads/leads-from-rows";
import { useWizardRun, type WizardClient } from "../run/use-wizard-run";
import type { CsvWorkerClient } from "../worker/csv-worker-client";
import { type OptionsForm, toApiOptions } from "./import-options";

/**
 * What a dry run was run with; its figures are stale once the mapping, the options or the rows
 * (the review's revision) change.
 */
export function runKey(
  columns: readonly MappedColumn[],
  options: OptionsForm,
  rowsRevision: number,
): string {
  return JSON.stringify([columns, options, rowsRevision]);
}

/** The whole file through the engine with `dryRun: true`: every chunk rolled back. */
export function useDryRun(getWorker: () => CsvWorkerClient, client: WizardClient) {
  const run = useWizardRun(getWorker, client);
  const [key, setKey] = useState<string | null>(null);

  const { start: startRun, reset: resetRun } = run;
  const start = useCallback(
    (columns: MappedColumn[], options: OptionsForm, rowsRevision: number) => {
      setKey(runKey(columns, options, rowsRevision));
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

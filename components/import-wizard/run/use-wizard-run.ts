"use client";

import type { TRPCClient } from "@trpc/client";
import { useCallback, useEffect, useReducer, useRef } from "react";
import type { AppRouter } from "@/server/trpc/root";
import type { CsvWorkerClient } from "../worker/csv-worker-client";
import { isTemporaryFailure, messageOf } from "./is-temporary-failure";
import { IDLE, runReducer } from "./run-machine";
import { type RunnerDeps, type RunRequest, WizardRunner } from "./wizard-runner";

export type WizardClient = TRPCClient<AppRouter>;

/** The runner's deps for the real worker and server. */
function wizardDeps(client: WizardClient, getWorker: () => CsvWorkerClient): RunnerDeps {
  return {
    plan: (run, columns, dataCleanup) =>
      getWorker().request({ type: "plan", run, settings: { columns, dataCleanup } }),
    sendChunk: (chunkIndex, target) =>
      getWorker().request({ type: "sendChunk", index: chunkIndex, target }),
    finishImport: async (importId, ending, signal) => {
      const { status } = await client.imports.finish.mutate(
        { importId, status: ending },
        { signal },
      );
      return status;
    },
    readImport: async (importId, signal) => {
      const record = await client.imports.get.query({ importId }, { signal });
      // Every failed row of the import, earlier sessions' too, for the row report.
      void getWorker()
        .request({ type: "keepFailures", run: "import", failures: record.rowErrors })
        .catch(() => {});
      return record;
    },
    isRetryable: isTemporaryFailure,
    messageOf,
  };
}

/**
 * One run of the file (a dry run or an import): the machine's state (`run-machine.ts`) and the
 * commands, which the runner carries out. Leaving the page (unmounting) disposes of the runner.
 */
export function useWizardRun(getWorker: () => CsvWorkerClient, client: WizardClient) {
  const [state, dispatch] = useReducer(runReducer, IDLE);
  const runner = useRef<WizardRunner | null>(null);
  const newRunner = useCallback(
    () => new WizardRunner(wizardDeps(client, getWorker), dispatch),
    [client, getWorker],
  );

  useEffect(() => {
    runner.current = newRunner();
    return () => runner.current?.dispose();
  }, [newRunner]);

  const start = useCallback((request: RunRequest) => {
    return runner.current?.start(request) ?? Promise.resolve();
  }, []);
  const tryAgain = useCallback(() => runner.current?.continue(state), [state]);
  const cancel = useCallback(() => runner.current?.cancel(state), [state]);
  /** Drops the run, whatever its phase: what is in flight is no longer listened to. */
  const reset = useCallback(() => {
    runner.current?.dispose();
    runner.current = newRunner();
    dispatch({ type: "reset" });
  }, [newRunner]);

  return { state, start, tryAgain, cancel, reset };
}

export type WizardRun = ReturnType<typeof useWizardRun>;

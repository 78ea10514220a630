"use client";

import { useCallback, useRef, useState } from "react";
import type { MappedColumn } from "@/lib/leads/leads-from-rows";
import { tallyFrom, type WizardCounts, wizardCounts } from "@/lib/leads/outcome-tally";
import { CHUNK_ROWS } from "@/lib/limits";
import type { CsvWorkerClient } from "./csv-worker-client";
import { type OptionsForm, toApiOptions } from "./import-options";
import { isTemporaryFailure, messageOf } from "./is-temporary-failure";
import { forgetRun, type ResumeRecord, rememberRun } from "./resume-store";
import { withRetry } from "./run-chunks";
import { chunkIndexes, chunkSender, type WizardClient } from "./send-chunk";
import { useChunkRun } from "./use-chunk-run";
import type { ChunkPlanSummary, FullCsvSummary } from "./worker-protocol";

export interface ImportResult {
  importId: string;
  status: "completed" | "canceled";
  counts: WizardCounts;
  /** Every failed row, as the import record keeps them (resumed runs included). */
  failures: Array<{ row: number; error: string }>;
}

export interface BeginImport {
  file: File;
  fingerprint: string;
  summary: FullCsvSummary;
  columns: MappedColumn[];
  mapping: Record<string, string>;
  options: OptionsForm;
}

function rowsInChunks(plan: ChunkPlanSummary, indexes: readonly number[]): number {
  return indexes.reduce(
    (sum, index) => sum + Math.min(CHUNK_ROWS, plan.sendRows - index * CHUNK_ROWS),
    0,
  );
}

/** Step 4: one `imports` record, its chunks two at a time, finished or canceled, resumable. */
export function useImportRun(getWorker: () => CsvWorkerClient, client: WizardClient) {
  const run = useChunkRun();
  const active = useRef<{
    importId: string;
    plan: ChunkPlanSummary;
    options: OptionsForm;
  } | null>(null);
  const [plan, setPlan] = useState<ChunkPlanSummary | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const [earlierChunks, setEarlierChunks] = useState<number[]>([]);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isFinishing, setIsFinishing] = useState(false);

  const retrying = useCallback(
    <R>(call: () => Promise<R>) =>
      withRetry(call, { signal: new AbortController().signal, isRetryable: isTemporaryFailure }),
    [],
  );

  const finish = useCallback(
    async (status: "completed" | "canceled") => {
      const current = active.current;
      if (!current) return;
      setIsFinishing(true);
      try {
        await retrying(() => client.imports.finish.mutate({ importId: current.importId, status }));
        forgetRun(current.importId);
        const record = await retrying(() =>
          client.imports.get.query({ importId: current.importId }),
        );
        const counts = wizardCounts(tallyFrom(record.counts));
        counts.repeated += current.plan.repeats.length;
        setResult({
          importId: current.importId,
          status,
          counts,
          failures: record.rowErrors.map((failure) => ({ row: failure.row, error: failure.error })),
        });
      } catch (caught) {
        setError(messageOf(caught));
      } finally {
        setIsFinishing(false);
      }
    },
    [client, retrying],
  );

  /** Sends what is left; a finished run is completed, a canceled one is recorded as such. */
  const sendRemaining = useCallback(
    async (indexes: number[], rowsBefore: number, isContinuation: boolean) => {
      const current = active.current;
      if (!current) return;
      const send = chunkSender(client, getWorker(), {
        importId: current.importId,
        options: toApiOptions(current.options),
        dryRun: false,
      });
      const phase = await run.start({
        chunkIndexes: indexes,
        rowsTotal: current.plan.sendRows,
        rowsBefore,
        isContinuation,
        send,
      });
      if (phase === "done") await finish("completed");
      if (phase === "canceled") await finish("canceled");
    },
    [client, finish, getWorker, run.start],
  );

  const prepare = useCallback(
    async (columns: MappedColumn[], options: OptionsForm) => {
      setError(null);
      setResult(null);
      const planned = await getWorker().request({
        type: "plan",
        columns,
        dataCleanup: options.dataCleanup,
      });
      setPlan(planned);
      return planned;
    },
    [getWorker],
  );

  const begin = useCallback(
    async (input: BeginImport) => {
      try {
        const planned = await prepare(input.columns, input.options);
        const { summary } = input;
        const started = await client.imports.start.mutate({
          fileName: input.file.name,
          fileSize: input.file.size,
          totalRows: summary.totalRows,
          encoding: summary.encoding,
          delimiter: summary.delimiter,
          mapping: input.mapping,
          options: toApiOptions(input.options),
        });
        void client.imports.saveMapping
          .mutate({ headers: summary.headers, mapping: input.mapping })
          .catch(() => {});
        rememberRun({
          importId: started.importId,
          fingerprint: input.fingerprint,
          fileName: input.file.name,
          encoding: summary.encoding,
          delimiter: summary.delimiter,
          columns: input.columns,
          options: input.options,
          startedAt: new Date().toISOString(),
        });
        active.current = { importId: started.importId, plan: planned, options: input.options };
        setImportId(started.importId);
        setEarlierChunks([]);
        await sendRemaining(chunkIndexes(planned.chunkCount), 0, false);
      } catch (caught) {
        setError(messageOf(caught));
      }
    },
    [client, prepare, sendRemaining],
  );

  /** Sends only the chunks the server has not applied yet. */
  const resume = useCallback(
    async (record: ResumeRecord, doneChunks: number[]) => {
      try {
        const planned = await prepare(record.columns, record.options);
        active.current = { importId: record.importId, plan: planned, options: record.options };
        setImportId(record.importId);
        setEarlierChunks(doneChunks);
        const done = new Set(doneChunks);
        const left = chunkIndexes(planned.chunkCount).filter((index) => !done.has(index));
        await sendRemaining(left, rowsInChunks(planned, doneChunks), false);
      } catch (caught) {
        setError(messageOf(caught));
      }
    },
    [prepare, sendRemaining],
  );

  /** After a pause: the same run, the chunks not yet answered. */
  const retry = useCallback(async () => {
    const current = active.current;
    if (!current) return;
    setError(null);
    const earlier = new Set(earlierChunks);
    const left = chunkIndexes(current.plan.chunkCount).filter((index) => !earlier.has(index));
    await sendRemaining(left, run.state.rowsBefore, true);
  }, [earlierChunks, run.state.rowsBefore, sendRemaining]);

  const cancel = useCallback(async () => {
    if (run.state.phase === "running") run.cancel();
    else await finish("canceled");
  }, [finish, run]);

  const { reset: resetRun } = run;
  const reset = useCallback(() => {
    resetRun();
    active.current = null;
    setPlan(null);
    setImportId(null);
    setEarlierChunks([]);
    setResult(null);
    setError(null);
  }, [resetRun]);

  return {
    ...run,
    plan,
    importId,
    earlierChunks,
    result,
    error: error ?? run.state.error,
    isFinishing,
    begin,
    resume,
    retry,
    cancel,
    reset,
  };
}

export type ImportRun = ReturnType<typeof useImportRun>;

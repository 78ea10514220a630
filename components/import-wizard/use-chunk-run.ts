"use client";

import { useCallback, useRef, useState } from "react";
import type { NumberedOutcome } from "@/lib/leads/row-outcome";
import { isTemporaryFailure, messageOf } from "./is-temporary-failure";
import { type RetryInfo, runChunks, withRetry } from "./run-chunks";

/** Two requests in flight keep the server busy while one answer travels back. */
const CONCURRENCY = 2;

export type RunPhase = "idle" | "running" | "paused" | "failed" | "canceled" | "done";

export interface RunState {
  phase: RunPhase;
  rowsTotal: number;
  rowsDone: number;
  /** Rows already sent before this session (a resumed import); not part of the rate. */
  rowsBefore: number;
  /** Rows done in this session, when it started and when the last chunk came back: the rate. */
  sessionRows: number;
  startedAt: number;
  lastChunkAt: number;
  retry: RetryInfo | null;
  error: string | null;
}

const IDLE: RunState = {
  phase: "idle",
  rowsTotal: 0,
  rowsDone: 0,
  rowsBefore: 0,
  sessionRows: 0,
  startedAt: 0,
  lastChunkAt: 0,
  retry: null,
  error: null,
};

export interface RunRequest {
  chunkIndexes: number[];
  rowsTotal: number;
  /** Rows of chunks applied earlier; counted as done. */
  rowsBefore?: number;
  /** Keep the outcomes of an earlier, paused part of the same run. */
  isContinuation?: boolean;
  send: (chunkIndex: number) => Promise<NumberedOutcome[]>;
}

/** Sends a plan's chunks (dry run or import): progress, retries with backoff, pause, cancel. */
export function useChunkRun() {
  const outcomes = useRef(new Map<number, NumberedOutcome>());
  const doneChunks = useRef(new Set<number>());
  const controller = useRef<AbortController | null>(null);
  const [state, setState] = useState<RunState>(IDLE);

  const start = useCallback(async (request: RunRequest): Promise<RunPhase> => {
    if (!request.isContinuation) {
      outcomes.current = new Map();
      doneChunks.current = new Set();
    }
    const abort = new AbortController();
    controller.current = abort;
    const rowsBefore = request.rowsBefore ?? 0;
    setState((previous) => ({
      ...IDLE,
      phase: "running",
      rowsTotal: request.rowsTotal,
      rowsBefore,
      rowsDone: request.isContinuation ? previous.rowsDone : rowsBefore,
      startedAt: performance.now(),
    }));
    const send = (chunkIndex: number) =>
      withRetry(() => request.send(chunkIndex), {
        signal: abort.signal,
        isRetryable: isTemporaryFailure,
        onRetry: (attempt, delayMs, error) =>
          setState((previous) => ({
            ...previous,
            retry: { chunkIndex, attempt, delayMs, message: messageOf(error) },
          })),
      });
    try {
      await runChunks({
        chunkIndexes: request.chunkIndexes.filter((index) => !doneChunks.current.has(index)),
        concurrency: CONCURRENCY,
        signal: abort.signal,
        send,
        onDone: (chunkIndex, rows) => {
          doneChunks.current.add(chunkIndex);
          for (const outcome of rows) outcomes.current.set(outcome.row, outcome);
          setState((previous) => ({
            ...previous,
            rowsDone: previous.rowsDone + rows.length,
            sessionRows: previous.sessionRows + rows.length,
            lastChunkAt: performance.now(),
            retry: null,
          }));
        },
      });
      const phase: RunPhase = abort.signal.aborted ? "canceled" : "done";
      setState((previous) => ({ ...previous, phase, retry: null }));
      return phase;
    } catch (error) {
      const phase: RunPhase = abort.signal.aborted
        ? "canceled"
        : isTemporaryFailure(error)
          ? "paused"
          : "failed";
      setState((previous) => ({ ...previous, phase, retry: null, error: messageOf(error) }));
      return phase;
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);

  const reset = useCallback(() => {
    controller.current?.abort();
    outcomes.current = new Map();
    doneChunks.current = new Set();
    setState(IDLE);
  }, []);

  return { state, outcomes, doneChunks, start, cancel, reset };
}

export type ChunkRun = ReturnType<typeof useChunkRun>;

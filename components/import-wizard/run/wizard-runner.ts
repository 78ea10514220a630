import type { MappedColumn } from "@/lib/leads/leads-from-rows";
import { type OutcomeTally, tallyFrom } from "@/lib/leads/outcome-tally";
import { CHUNKS_IN_FLIGHT } from "@/lib/limits";
import { runWithConcurrency } from "@/lib/run-with-concurrency";
import type { ApiImportOptions } from "../options/import-options";
import type { ChunkPlanSummary, ChunkTarget } from "../worker/worker-protocol";
import type { Ending, PreparedRun, RunEvent, RunKind, RunState } from "./run-machine";
import { withRetry } from "./with-retry";

/** Chunks in a dry run's sample, and the fewest a file must have for a sample to be worth it. */
const SAMPLE_CHUNKS = 10;
const SAMPLED_FROM_CHUNKS = 30;

/** What the runner needs from the worker and the server; the hook gives the real ones. */
export interface RunnerDeps {
  /** Plans the run's chunks (the worker forgets the outcomes of that kind of run). */
  plan(kind: RunKind, columns: MappedColumn[], dataCleanup: boolean): Promise<ChunkPlanSummary>;
  /** Sends a chunk (the worker keeps its rows' outcomes) and answers their tally. */
  sendChunk(chunkIndex: number, target: ChunkTarget): Promise<OutcomeTally>;
  /** Records the run as ended (an earlier ending stands) and answers the ending recorded. */
  finishImport(importId: string, ending: Ending, signal: AbortSignal): Promise<string>;
  readImport(
    importId: string,
    signal: AbortSignal,
  ): Promise<{ counts: Record<string, number>; rowErrors: Array<{ row: number; error: string }> }>;
  isRetryable(error: unknown): boolean;
  messageOf(error: unknown): string;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  now?: () => number;
  /** Chunks sent at once; CHUNKS_IN_FLIGHT unless a test says. */
  chunksInFlight?: number;
}

/** A run to start: a dry run, a new import (its record opened by `open`), or a resumed one. */
export type RunRequest = { columns: MappedColumn[]; options: ApiImportOptions } & (
  | { kind: "dry-run" }
  /** `open` opens the import's record (and remembers it for resuming); answers its id. */
  | { kind: "import"; open: () => Promise<string> }
  | { kind: "import"; resume: { importId: string; doneChunks: readonly number[] } }
);

const STOPPED_FINISHING =
  "You stopped waiting for the server to record the end of the import. Rows already sent are saved.";

/**
 * A dry run's sample: chunks spread evenly through the file, checked before the others so the
 * figures soon say something of the whole file. None for a short file: every chunk is soon done.
 */
export function sampleChunks(chunkCount: number): number[] {
  if (chunkCount < SAMPLED_FROM_CHUNKS) return [];
  return Array.from({ length: SAMPLE_CHUNKS }, (_, at) =>
    Math.floor(((at + 0.5) * chunkCount) / SAMPLE_CHUNKS),
  );
}

/** The chunks left to send, a dry run's sample first. */
function sendOrder(run: PreparedRun): number[] {
  const sample = run.sample.filter((index) => !run.doneChunks.has(index));
  const first = new Set(sample);
  const rest = Array.from({ length: run.plan.chunkCount }, (_, index) => index).filter(
    (index) => !run.doneChunks.has(index) && !first.has(index),
  );
  return [...sample, ...rest];
}

/** Rows of the plan's chunks `indexes`. */
function rowsInChunks(plan: ChunkPlanSummary, indexes: Iterable<number>): number {
  let rows = 0;
  for (const index of indexes) rows += plan.chunkRows[index] ?? 0;
  return rows;
}

/**
 * The side of the wizard's run that talks to the worker and the server: it prepares a run, sends
 * its chunks, finishes it, and tells the machine (`run-machine.ts`) what happened as events. It
 * keeps no state of the run: commands that act on one are given the machine's current state.
 * Each stage (sending, finishing) has its own AbortSignal, which Cancel and leaving the page use.
 */
export class WizardRunner {
  #stage = new AbortController();
  #isDisposed = false;

  constructor(
    private readonly deps: RunnerDeps,
    private readonly dispatch: (event: RunEvent) => void,
  ) {}

  /** Prepares the run, then sends it and finishes it. */
  async start(request: RunRequest): Promise<void> {
    this.#stage = new AbortController();
    this.#emit({ type: "prepare", kind: request.kind });
    let run: PreparedRun;
    try {
      const { kind, columns, options } = request;
      const plan = await this.deps.plan(kind, columns, options.dataCleanup ?? true);
      const importId = await this.#importIdFor(request);
      const doneChunks = new Set("resume" in request ? request.resume.doneChunks : []);
      const sample = kind === "dry-run" ? sampleChunks(plan.chunkCount) : [];
      run = { kind, importId, plan, options, doneChunks, sample };
      this.#emit({
        type: "start",
        run,
        rowsBefore: rowsInChunks(plan, doneChunks),
        now: this.#now(),
      });
    } catch (error) {
      this.#emit({ type: "fail", error: this.deps.messageOf(error) });
      return;
    }
    await this.#send(run);
  }

  /** Try again after a pause: sends what is left, or finishes as it was finishing. */
  async continue(state: RunState): Promise<void> {
    if (state.phase !== "paused") return;
    this.#stage = new AbortController();
    this.#emit({ type: "continue", now: this.#now() });
    if (state.resume === "sending") await this.#send(state.run);
    else await this.#finish(state.run, state.resume);
  }

  /** Cancel, as the machine's table says for the current phase. */
  async cancel(state: RunState): Promise<void> {
    if (state.phase === "running") {
      // The sending stops; the send loop then finishes the run as canceled under a new stage.
      const sending = this.#stage;
      this.#stage = new AbortController();
      this.#emit({ type: "finish", ending: "canceled" });
      sending.abort();
    } else if (state.phase === "paused") {
      this.#stage = new AbortController();
      await this.#finish(state.run, "canceled");
    } else if (state.phase === "finishing") {
      this.#stage.abort();
    }
  }

  /** Leaving the page: every stage stops and nothing more is told; the import stays resumable. */
  dispose(): void {
    this.#isDisposed = true;
    this.#stage.abort();
  }

  async #importIdFor(request: RunRequest): Promise<string | null> {
    if (request.kind === "dry-run") return null;
    return "resume" in request ? request.resume.importId : request.open();
  }

  async #send(run: PreparedRun) {
    const { signal } = this.#stage;
    const target = { importId: run.importId, options: run.options, dryRun: run.kind === "dry-run" };
    try {
      await runWithConcurrency(
        sendOrder(run),
        this.deps.chunksInFlight ?? CHUNKS_IN_FLIGHT,
        async (chunkIndex) => {
          const tally = await this.#retrying(
            () => this.deps.sendChunk(chunkIndex, target),
            signal,
            chunkIndex,
          );
          this.#emit({ type: "chunkDone", chunkIndex, tally, now: this.#now() });
        },
        signal,
      );
    } catch (error) {
      if (!signal.aborted) {
        const message = this.deps.messageOf(error);
        this.#emit(
          this.deps.isRetryable(error)
            ? { type: "pause", error: message }
            : { type: "fail", error: message },
        );
        return;
      }
    }
    if (this.#isDisposed) return;
    await this.#finish(run, signal.aborted ? "canceled" : "finished");
  }

  async #finish(run: Pick<PreparedRun, "importId">, ending: Ending) {
    this.#emit({ type: "finish", ending });
    if (run.importId === null) {
      this.#emit({ type: "end", ending });
      return;
    }
    const importId = run.importId;
    const { signal } = this.#stage;
    const retrying = <R>(call: () => Promise<R>) => this.#retrying(call, signal, null);
    try {
      const recorded = await retrying(() => this.deps.finishImport(importId, ending, signal));
      const record = await retrying(() => this.deps.readImport(importId, signal));
      this.#emit({
        type: "end",
        ending: recorded === "finished" || recorded === "canceled" ? recorded : ending,
        record: { tally: tallyFrom(record.counts), failures: record.rowErrors },
      });
    } catch (error) {
      if (signal.aborted) this.#emit({ type: "pause", error: STOPPED_FINISHING });
      else if (this.deps.isRetryable(error)) {
        this.#emit({ type: "pause", error: this.deps.messageOf(error) });
      } else this.#emit({ type: "fail", error: this.deps.messageOf(error) });
    }
  }

  /** `call`, tried again while its failure is temporary, each retry told to the machine. */
  #retrying<R>(call: () => Promise<R>, signal: AbortSignal, chunkIndex: number | null) {
    return withRetry(call, {
      signal,
      isRetryable: this.deps.isRetryable,
      sleep: this.deps.sleep,
      onRetry: (attempt, delayMs, error) =>
        this.#emit({
          type: "retrying",
          retry: { chunkIndex, attempt, delayMs, message: this.deps.messageOf(error) },
        }),
    });
  }

  #emit(event: RunEvent) {
    if (!this.#isDisposed) this.dispatch(event);
  }

  #now(): number {
    return this.deps.now?.() ?? performance.now();
  }
}

import { emptyTally, type OutcomeTally } from "@/lib/leads/outcome-tally";
import type { OutcomeKind } from "@/lib/leads/row-outcome";
import type { ApiImportOptions } from "../options/import-options";
import type { ChunkPlanSummary } from "../worker/worker-protocol";

/**
 * The wizard's run of a file (a dry run, or an import) as one state machine:
 *
 *   idle → preparing → running ⇄ paused → finishing → done | canceled, and failed from any
 *
 * | phase      | what happens                                  | Cancel                                           | leaving the page                                      |
 * | ---------- | --------------------------------------------- | ------------------------------------------------ | ----------------------------------------------------- |
 * | preparing  | the plan is made; an import opens its record  | not offered                                      | nothing sent; an opened record can be resumed         |
 * | running    | chunks go out, a few at a time, with retries  | no chunk more; a retry's wait ends; → finishing  | chunks in flight apply or not; the import can be resumed |
 * | paused     | a chunk (or the finishing) kept failing       | → finishing, as canceled                         | the import can be resumed                             |
 * | finishing  | chunks in flight are awaited; an import is    | the finishing stops waiting (its AbortSignal);   | the finishing stops; the import can be resumed, and   |
 * |            | recorded as finished or canceled              | → paused, nothing lost: Try again finishes it    | resuming it sends what is left and finishes it        |
 * | done, canceled, failed | over                              | —                                                | —                                                     |
 *
 * A dry run has no record: its finishing only awaits the chunks in flight, and it is never resumed.
 * A dry run of a long file sends a sample of chunks spread through the file first, so its figures
 * are worth reading within seconds, then verifies every other chunk.
 *
 * The page holds no row's outcome, only the tally: the worker keeps every row's (`keepOutcomes`).
 */

export type RunKind = "dry-run" | "import";
export type Ending = "finished" | "canceled";

export interface RetryInfo {
  chunkIndex: number | null;
  attempt: number;
  delayMs: number;
  message: string;
}

export interface Progress {
  /** Rows the plan sends. */
  rowsTotal: number;
  /** Rows applied, earlier sessions of a resumed import included. */
  rowsDone: number;
  /** Rows applied before this session (a resumed import): their outcomes are not known here. */
  rowsBefore: number;
  /** Where the rate is measured from: rows done and the time when sending last (re)started. */
  rateFrom: { rows: number; at: number };
  /** When the last chunk came back. */
  lastChunkAt: number;
}

/** Everything known about a run once it is prepared. */
export interface ActiveRun {
  kind: RunKind;
  /** The import's record; null for a dry run. */
  importId: string | null;
  plan: ChunkPlanSummary;
  options: ApiImportOptions;
  /** Every chunk applied, earlier sessions included: what is left to send is the rest. */
  doneChunks: ReadonlySet<number>;
  /** Chunks a dry run sends first, spread through the file (empty: every chunk in order). */
  sample: readonly number[];
  /** The counts: this session's outcomes while sending, the import record's once finished. */
  tally: OutcomeTally;
  progress: Progress;
  /** A chunk (or the finishing) failed and is tried again after `delayMs`. */
  retry: RetryInfo | null;
}

/** A run as it is prepared, before anything is sent. */
export type PreparedRun = Pick<
  ActiveRun,
  "kind" | "importId" | "plan" | "options" | "doneChunks" | "sample"
>;

/** What the finished import's record says. */
export interface RunResult {
  ending: Ending;
  /** Every failed row of the run, earlier sessions included. */
  failures: Array<{ row: number; error: string }>;
}

export type RunState =
  | { phase: "idle" }
  | { phase: "preparing"; kind: RunKind }
  | { phase: "running"; run: ActiveRun }
  /** `resume`: what Try again goes back to, sending the rest or finishing with that ending. */
  | { phase: "paused"; run: ActiveRun; error: string; resume: "sending" | Ending }
  | { phase: "finishing"; run: ActiveRun; ending: Ending }
  /** `result` is the import record's; a dry run has none. */
  | { phase: "done" | "canceled"; run: ActiveRun; result: RunResult | null }
  | { phase: "failed"; run: ActiveRun | null; error: string };

export type RunPhase = RunState["phase"];

export type RunEvent =
  | { type: "prepare"; kind: RunKind }
  | {
      type: "start";
      run: PreparedRun;
      rowsBefore: number;
      now: number;
    }
  | { type: "chunkDone"; chunkIndex: number; tally: Readonly<OutcomeTally>; now: number }
  | { type: "retrying"; retry: RetryInfo }
  | { type: "pause"; error: string }
  | { type: "continue"; now: number }
  | { type: "finish"; ending: Ending }
  | {
      type: "end";
      ending: Ending;
      record?: { tally: OutcomeTally; failures: RunResult["failures"] };
    }
  | { type: "fail"; error: string }
  | { type: "reset" };

export const IDLE: RunState = { phase: "idle" };

/** The run a state is about, once it is prepared. */
export function activeRun(state: RunState): ActiveRun | null {
  return "run" in state ? state.run : null;
}

function withChunk(run: ActiveRun, event: Extract<RunEvent, { type: "chunkDone" }>): ActiveRun {
  if (run.doneChunks.has(event.chunkIndex)) return run;
  const tally = { ...run.tally };
  let rows = 0;
  for (const kind of Object.keys(tally) as OutcomeKind[]) {
    tally[kind] += event.tally[kind];
    rows += event.tally[kind];
  }
  return {
    ...run,
    doneChunks: new Set(run.doneChunks).add(event.chunkIndex),
    tally,
    progress: {
      ...run.progress,
      rowsDone: run.progress.rowsDone + rows,
      lastChunkAt: event.now,
    },
    retry: run.retry?.chunkIndex === event.chunkIndex ? null : run.retry,
  };
}

/** The machine's one transition function; an event the phase does not take changes nothing. */
export function runReducer(state: RunState, event: RunEvent): RunState {
  switch (event.type) {
    case "prepare":
      return state.phase === "running" || state.phase === "finishing"
        ? state
        : { phase: "preparing", kind: event.kind };
    case "start": {
      if (state.phase !== "preparing") return state;
      const { rowsBefore, now } = event;
      const run: ActiveRun = {
        ...event.run,
        tally: emptyTally(),
        progress: {
          rowsTotal: event.run.plan.sendRows,
          rowsDone: rowsBefore,
          rowsBefore,
          rateFrom: { rows: rowsBefore, at: now },
          lastChunkAt: now,
        },
        retry: null,
      };
      return { phase: "running", run };
    }
    case "chunkDone":
      // Chunks still in flight when the run starts finishing are counted too.
      if (state.phase === "running" || state.phase === "finishing") {
        return { ...state, run: withChunk(state.run, event) };
      }
      return state;
    case "retrying":
      if (state.phase === "running" || state.phase === "finishing") {
        return { ...state, run: { ...state.run, retry: event.retry } };
      }
      return state;
    case "pause": {
      if (state.phase !== "running" && state.phase !== "finishing") return state;
      const resume = state.phase === "running" ? "sending" : state.ending;
      return { phase: "paused", run: { ...state.run, retry: null }, error: event.error, resume };
    }
    case "continue": {
      if (state.phase !== "paused") return state;
      if (state.resume !== "sending") {
        return { phase: "finishing", run: state.run, ending: state.resume };
      }
      const { progress } = state.run;
      const rateFrom = { rows: progress.rowsDone, at: event.now };
      return {
        phase: "running",
        run: { ...state.run, progress: { ...progress, rateFrom, lastChunkAt: event.now } },
      };
    }
    case "finish":
      if (state.phase !== "running" && state.phase !== "paused") return state;
      return { phase: "finishing", run: { ...state.run, retry: null }, ending: event.ending };
    case "end": {
      if (state.phase !== "finishing") return state;
      const phase = event.ending === "finished" ? "done" : "canceled";
      const run = { ...state.run, retry: null };
      if (!event.record) return { phase, run, result: null };
      const result = { ending: event.ending, failures: event.record.failures };
      return { phase, run: { ...run, tally: event.record.tally }, result };
    }
    case "fail":
      if (state.phase === "idle") return state;
      return { phase: "failed", run: activeRun(state), error: event.error };
    case "reset":
      return IDLE;
  }
}

/** The run's six figures' tally, with the file's repeats the wizard never sent. */
export function runTally(run: ActiveRun): OutcomeTally {
  return { ...run.tally, repeated: run.tally.repeated + run.plan.repeatCount };
}

/** A dry run's sample is checked: its figures now say something of the whole file. */
export function isSampleDone(run: ActiveRun): boolean {
  return run.sample.every((chunk) => run.doneChunks.has(chunk));
}

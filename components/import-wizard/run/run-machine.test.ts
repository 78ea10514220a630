import { describe, expect, it } from "vitest";
import { type OutcomeTally, tallyOutcomes } from "@/lib/leads/outcome-tally";
import {
  type ActiveRun,
  IDLE,
  isSampleDone,
  type RunEvent,
  type RunState,
  runReducer,
  runTally,
} from "./run-machine";

const created = (rows: number): OutcomeTally =>
  tallyOutcomes(Array.from({ length: rows }, () => ({ kind: "created" as const })));

function play(...events: RunEvent[]): RunState {
  return events.reduce(runReducer, IDLE);
}

const START: RunEvent[] = [
  { type: "prepare", kind: "import" },
  {
    type: "start",
    run: {
      kind: "import",
      importId: "i",
      plan: { chunkCount: 3, chunkRows: [1, 1, 1], sendRows: 3, repeatCount: 1, skippedCount: 0 },
      options: {},
      doneChunks: new Set([0]),
      sample: [],
    },
    rowsBefore: 1,
    now: 100,
  },
];

describe("the run machine", () => {
  it("counts a chunk once, however often its answer arrives", () => {
    const done: RunEvent = { type: "chunkDone", chunkIndex: 1, tally: created(1), now: 200 };
    const state = play(...START, done, done);
    if (state.phase !== "running") throw new Error(state.phase);
    expect(state.run.tally.created).toBe(1);
    expect(state.run.progress).toMatchObject({ rowsDone: 2, rowsBefore: 1, lastChunkAt: 200 });
    expect(runTally(state.run).repeated).toBe(1);
  });

  it("clears a retry notice only when the chunk it is about comes back", () => {
    const retry = { chunkIndex: 2, attempt: 1, delayMs: 500, message: "offline" };
    const state = play(
      ...START,
      { type: "retrying", retry },
      {
        type: "chunkDone",
        chunkIndex: 1,
        tally: created(1),
        now: 200,
      },
    );
    expect(state).toMatchObject({ phase: "running", run: { retry } });
    const after = runReducer(state, {
      type: "chunkDone",
      chunkIndex: 2,
      tally: created(1),
      now: 300,
    });
    expect(after).toMatchObject({ run: { retry: null } });
  });

  it("goes back to what was paused: sending with a fresh rate, or finishing with its ending", () => {
    const paused = play(...START, { type: "pause", error: "offline" });
    expect(paused).toMatchObject({ phase: "paused", resume: "sending", error: "offline" });
    expect(runReducer(paused, { type: "continue", now: 500 })).toMatchObject({
      phase: "running",
      run: { progress: { rowsBefore: 1, rateFrom: { rows: 1, at: 500 } } },
    });
    const stopped = play(
      ...START,
      { type: "finish", ending: "canceled" },
      { type: "pause", error: "stopped" },
    );
    expect(runReducer(stopped, { type: "continue", now: 500 })).toMatchObject({
      phase: "finishing",
      ending: "canceled",
    });
  });

  it("ignores what the phase does not take", () => {
    const idle = runReducer(IDLE, { type: "chunkDone", chunkIndex: 0, tally: created(0), now: 0 });
    expect(idle).toBe(IDLE);
    const running = play(...START);
    expect(runReducer(running, { type: "continue", now: 1 })).toBe(running);
    expect(runReducer(running, { type: "end", ending: "finished" })).toBe(running);
    const finishing = runReducer(running, { type: "finish", ending: "finished" });
    expect(runReducer(finishing, { type: "finish", ending: "canceled" })).toBe(finishing);
  });

  it("ends with the record's tally and failures, and a failure keeps what the run had done", () => {
    const record = {
      tally: {
        created: 5,
        restored: 0,
        updated: 0,
        existing: 0,
        "deleted-match": 0,
        repeated: 0,
        failed: 1,
      },
      failures: [{ row: 4, error: "Email is required" }],
    };
    const done = play(
      ...START,
      { type: "finish", ending: "finished" },
      {
        type: "end",
        ending: "finished",
        record,
      },
    );
    expect(done).toMatchObject({
      phase: "done",
      run: { tally: record.tally },
      result: { ending: "finished", failures: record.failures },
    });
    const failed = play(...START, { type: "fail", error: "This import is canceled" });
    expect(failed).toMatchObject({ phase: "failed", run: { importId: "i" } });
  });

  it("counts a chunk's rows from its tally, and knows when a dry run's sample is checked", () => {
    const sampled: RunEvent[] = [
      { type: "prepare", kind: "dry-run" },
      {
        type: "start",
        run: {
          kind: "dry-run",
          importId: null,
          plan: {
            chunkCount: 40,
            chunkRows: Array(40).fill(1_000),
            sendRows: 40_000,
            repeatCount: 0,
            skippedCount: 0,
          },
          options: {},
          doneChunks: new Set(),
          sample: [2, 30],
        },
        rowsBefore: 0,
        now: 0,
      },
    ];
    const runOf = (state: RunState) => (state as { run: ActiveRun }).run;
    const one = play(...sampled, {
      type: "chunkDone",
      chunkIndex: 2,
      tally: created(1_000),
      now: 1,
    });
    expect(runOf(one).progress.rowsDone).toBe(1_000);
    expect(isSampleDone(runOf(one))).toBe(false);
    const both = runReducer(one, {
      type: "chunkDone",
      chunkIndex: 30,
      tally: created(1_000),
      now: 2,
    });
    expect(isSampleDone(runOf(both))).toBe(true);
  });
});

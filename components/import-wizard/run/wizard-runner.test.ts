import { describe, expect, it } from "vitest";
import { tallyOutcomes } from "@/lib/leads/outcome-tally";
import type { NumberedOutcome } from "@/lib/leads/row-outcome";
import type { ChunkPlanSummary } from "../worker/worker-protocol";
import { type Ending, IDLE, type RunState, runReducer } from "./run-machine";
import { type RunnerDeps, type RunRequest, sampleChunks, WizardRunner } from "./wizard-runner";

class Temporary extends Error {}

interface Gate {
  promise: Promise<void>;
  open(): void;
}

function gate(): Gate {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/** Lets every pending promise run, however many turns it takes; no clock involved. */
async function until(condition: () => boolean, what: string) {
  for (let turn = 0; turn < 1_000; turn++) {
    if (condition()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`never happened: ${what}`);
}

const PLAN: ChunkPlanSummary = {
  chunkCount: 4,
  chunkRows: [1_000, 1_000, 1_000, 500],
  sendRows: 3_500,
  repeatCount: 1,
  skippedCount: 0,
};

function outcomesOf(chunkIndex: number): NumberedOutcome[] {
  const rows = Math.min(1_000, PLAN.sendRows - chunkIndex * 1_000);
  return Array.from({ length: rows }, (_, at) => ({
    kind: "created",
    leadId: `lead-${chunkIndex}-${at}`,
    row: chunkIndex * 1_000 + at + 2,
  }));
}

/** A runner over fake deps whose answers each test steers, and the machine it drives. */
function harness(options: { chunkCount?: number } = {}) {
  const plan = { ...PLAN, chunkCount: options.chunkCount ?? PLAN.chunkCount };
  let state: RunState = IDLE;
  const sent: number[] = [];
  const finished: Ending[] = [];
  const opened: string[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const sendBehaviour = new Map<number, () => Promise<void>>();
  let finishBehaviour: () => Promise<void> = async () => {};
  const deps: RunnerDeps = {
    plan: async () => plan,
    sendChunk: async (chunkIndex) => {
      sent.push(chunkIndex);
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      try {
        await sendBehaviour.get(chunkIndex)?.();
        return tallyOutcomes(outcomesOf(chunkIndex));
      } finally {
        inFlight -= 1;
      }
    },
    finishImport: async (_importId, ending, signal) => {
      finished.push(ending);
      if (signal.aborted) throw new Error("aborted");
      await finishBehaviour();
      return ending;
    },
    readImport: async () => ({
      counts: { created: 3_400, failed: 100 },
      rowErrors: [{ row: 7, error: "Invalid email format" }],
    }),
    isRetryable: (error) => error instanceof Temporary,
    messageOf: (error) => (error as Error).message,
    // A retry's wait ends only when its stage is aborted or the test says so.
    sleep: (_ms, signal) =>
      new Promise<void>((resolve) => {
        wakers.push(resolve);
        signal.addEventListener("abort", () => resolve());
      }),
    now: () => 0,
    chunksInFlight: 2,
  };
  const wakers: Array<() => void> = [];
  const runner = new WizardRunner(deps, (event) => {
    state = runReducer(state, event);
  });
  const importRequest: RunRequest = {
    kind: "import",
    columns: [],
    options: { skipDuplicates: true, dataCleanup: true },
    open: async () => {
      opened.push("import-1");
      return "import-1";
    },
  };
  return {
    runner,
    get state() {
      return state;
    },
    sent,
    finished,
    opened,
    get mostInFlight() {
      return mostInFlight;
    },
    importRequest,
    onSend(chunkIndex: number, behaviour: () => Promise<void>) {
      sendBehaviour.set(chunkIndex, behaviour);
    },
    onFinish(behaviour: () => Promise<void>) {
      finishBehaviour = behaviour;
    },
    /** Retries waiting for their pause to end. */
    get waiting() {
      return wakers.length;
    },
    wakeAll() {
      for (const wake of wakers.splice(0)) wake();
    },
  };
}

describe("WizardRunner", () => {
  it("sends every chunk, two at a time, then records the import as finished with the record's counts", async () => {
    const run = harness();
    await run.runner.start(run.importRequest);
    expect([...run.sent].sort()).toEqual([0, 1, 2, 3]);
    expect(run.mostInFlight).toBe(2);
    expect(run.opened).toEqual(["import-1"]);
    expect(run.finished).toEqual(["finished"]);
    const { state } = run;
    expect(state.phase).toBe("done");
    if (state.phase !== "done") return;
    expect(state.run.tally).toMatchObject({ created: 3_400, failed: 100 });
    expect(state.result?.failures).toEqual([{ row: 7, error: "Invalid email format" }]);
    expect(state.run.progress).toMatchObject({ rowsDone: 3_500, rowsTotal: 3_500 });
  });

  it("resumes with only the chunks the server has not applied, counting theirs as done before", async () => {
    const run = harness();
    await run.runner.start({
      kind: "import",
      columns: [],
      options: {},
      resume: { importId: "import-0", doneChunks: [0, 2] },
    });
    expect([...run.sent].sort()).toEqual([1, 3]);
    expect(run.opened).toEqual([]);
    const { state } = run;
    if (state.phase !== "done") throw new Error(state.phase);
    expect(state.run.progress).toMatchObject({ rowsBefore: 2_000, rowsDone: 3_500 });
  });

  it("pauses when a chunk keeps failing for a temporary reason; Try again sends only what is left", async () => {
    const run = harness();
    let isDown = true;
    run.onSend(2, async () => {
      if (isDown) throw new Temporary("The server could not be reached");
    });
    const started = run.runner.start(run.importRequest);
    for (let waits = 0; waits < 6; waits++) {
      await until(() => run.waiting > 0, "a retry waiting");
      run.wakeAll();
    }
    await started;
    expect(run.state).toMatchObject({ phase: "paused", resume: "sending" });
    expect(run.sent.filter((index) => index === 2)).toHaveLength(7);
    expect(run.finished).toEqual([]);

    isDown = false;
    const sentBefore = run.sent.length;
    await run.runner.continue(run.state);
    expect(run.sent.slice(sentBefore).sort()).toEqual([2]);
    expect(run.state.phase).toBe("done");
    expect(run.finished).toEqual(["finished"]);
  });

  it("fails at once on an answer that is not temporary", async () => {
    const run = harness();
    run.onSend(1, async () => {
      throw new Error("This import is canceled");
    });
    await run.runner.start(run.importRequest);
    expect(run.state).toMatchObject({ phase: "failed", error: "This import is canceled" });
    expect(run.finished).toEqual([]);
  });

  it("Cancel during a chunk's retry ends the wait at once, sends nothing more and records the import as canceled", async () => {
    const run = harness({ chunkCount: 3 });
    run.onSend(0, async () => {
      throw new Temporary("Connection reset");
    });
    const lastChunk = gate();
    run.onSend(2, () => lastChunk.promise);
    const started = run.runner.start(run.importRequest);
    await until(() => run.waiting > 0 && run.sent.includes(2), "chunk 0 waiting to retry");
    expect(run.state).toMatchObject({ phase: "running", run: { retry: { chunkIndex: 0 } } });

    await run.runner.cancel(run.state);
    expect(run.state).toMatchObject({ phase: "finishing", ending: "canceled" });
    // The chunk still in flight is awaited and counted; nothing is recorded before it is back.
    expect(run.finished).toEqual([]);
    lastChunk.open();
    await started;

    expect(run.sent.filter((index) => index === 0)).toHaveLength(1);
    expect(run.finished).toEqual(["canceled"]);
    const { state } = run;
    if (state.phase !== "canceled") throw new Error(state.phase);
    expect(state.run.retry).toBeNull();
    expect([...state.run.doneChunks].sort()).toEqual([1, 2]);
    expect(state.result?.ending).toBe("canceled");
  });

  it("Cancel during finishing stops waiting for the server; the run pauses and Try again records it", async () => {
    const run = harness({ chunkCount: 1 });
    let isDown = true;
    run.onFinish(async () => {
      if (isDown) throw new Temporary("Bad gateway");
    });
    const started = run.runner.start(run.importRequest);
    await until(() => run.waiting > 0, "the finishing waiting to retry");
    expect(run.state).toMatchObject({ phase: "finishing", run: { retry: { chunkIndex: null } } });

    await run.runner.cancel(run.state);
    await started;
    expect(run.state).toMatchObject({ phase: "paused", resume: "finished" });
    expect(run.finished).toEqual(["finished"]);

    isDown = false;
    await run.runner.continue(run.state);
    expect(run.finished).toEqual(["finished", "finished"]);
    expect(run.state.phase).toBe("done");
  });

  it("Cancel while paused records the import as canceled", async () => {
    const run = harness({ chunkCount: 2 });
    run.onSend(1, async () => {
      throw new Temporary("Offline");
    });
    const started = run.runner.start(run.importRequest);
    for (let waits = 0; waits < 6; waits++) {
      await until(() => run.waiting > 0, "a retry waiting");
      run.wakeAll();
    }
    await started;
    expect(run.state.phase).toBe("paused");
    await run.runner.cancel(run.state);
    expect(run.finished).toEqual(["canceled"]);
    expect(run.state.phase).toBe("canceled");
  });

  it("leaving the page stops sending and tells nothing more: the import stays open to resume", async () => {
    const run = harness();
    const held = gate();
    run.onSend(0, () => held.promise);
    run.onSend(1, () => held.promise);
    const started = run.runner.start(run.importRequest);
    await until(() => run.sent.length === 2, "two chunks in flight");
    run.runner.dispose();
    held.open();
    await started;
    expect(run.sent).toEqual([0, 1]);
    expect(run.state).toMatchObject({ phase: "running", run: { doneChunks: new Set() } });
    expect(run.finished).toEqual([]);
  });

  it("a dry run opens no record; Cancel ends it with the chunks already checked", async () => {
    const run = harness();
    const held = gate();
    run.onSend(1, () => held.promise);
    run.onSend(2, () => held.promise);
    const started = run.runner.start({ kind: "dry-run", columns: [], options: {} });
    await until(() => run.sent.length === 3, "chunk 0 checked, 1 and 2 in flight");
    await run.runner.cancel(run.state);
    held.open();
    await started;
    expect(run.sent).toEqual([0, 1, 2]);
    expect(run.opened).toEqual([]);
    expect(run.finished).toEqual([]);
    const { state } = run;
    if (state.phase !== "canceled") throw new Error(state.phase);
    expect(state.result).toBeNull();
    expect(state.run.tally.created).toBe(3_000);
  });

  it("a dry run of a long file checks a sample spread through the file first, then the rest in order", async () => {
    const run = harness({ chunkCount: 60 });
    await run.runner.start({ kind: "dry-run", columns: [], options: {} });
    const sample = sampleChunks(60);
    expect(sample).toEqual([3, 9, 15, 21, 27, 33, 39, 45, 51, 57]);
    expect(run.sent.slice(0, sample.length)).toEqual(sample);
    expect([...run.sent].sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i));
    expect(run.state).toMatchObject({ phase: "done", run: { sample } });
  });

  it("samples no short file, and an import never", async () => {
    expect(sampleChunks(29)).toEqual([]);
    const run = harness({ chunkCount: 60 });
    await run.runner.start(run.importRequest);
    expect(run.sent.slice(0, 3)).toEqual([0, 1, 2]);
  });
});

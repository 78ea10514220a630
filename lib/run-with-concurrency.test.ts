import { describe, expect, it } from "vitest";
import { runWithConcurrency } from "./run-with-concurrency";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("runWithConcurrency", () => {
  it("keeps at most `limit` tasks in flight and takes a lazy item only when it can start", async () => {
    let inFlight = 0;
    let most = 0;
    const taken: number[] = [];
    function* items() {
      for (let item = 0; item < 6; item++) {
        taken.push(item);
        yield item;
      }
    }
    const done: number[] = [];
    await runWithConcurrency(items(), 2, async (item, index) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      expect(taken.length).toBeLessThanOrEqual(done.length + 2);
      await tick();
      inFlight -= 1;
      done.push(item * 10 + index);
    });
    expect(most).toBe(2);
    expect(done.sort((a, b) => a - b)).toEqual([0, 11, 22, 33, 44, 55]);
  });

  it("takes nothing more after a failure, lets the tasks in flight end, then throws", async () => {
    const started: number[] = [];
    const ended: number[] = [];
    const run = runWithConcurrency([0, 1, 2, 3, 4], 2, async (item) => {
      started.push(item);
      await tick();
      if (item === 0) throw new Error("boom");
      await tick();
      ended.push(item);
    });
    await expect(run).rejects.toThrow("boom");
    expect(started).toEqual([0, 1]);
    expect(ended).toEqual([1]);
  });

  it("takes nothing more once the signal aborts", async () => {
    const abort = new AbortController();
    const started: number[] = [];
    await runWithConcurrency(
      [0, 1, 2, 3],
      1,
      async (item) => {
        started.push(item);
        if (item === 1) abort.abort();
      },
      abort.signal,
    );
    expect(started).toEqual([0, 1]);
  });

  it("lowers the concurrency when a limit function answers less, and takes items meanwhile", async () => {
    let inFlight = 0;
    const most: number[] = [];
    let limit = 4;
    await runWithConcurrency(
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
      () => limit,
      async (item) => {
        inFlight += 1;
        most.push(inFlight);
        if (item === 3) limit = 1;
        await tick();
        inFlight -= 1;
      },
    );
    expect(Math.max(...most.slice(0, 4))).toBe(4);
    expect(most.slice(-4)).toEqual([1, 1, 1, 1]);
  });
});

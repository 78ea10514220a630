import { describe, expect, it } from "vitest";
import { runChunks, withRetry } from "./run-chunks";

describe("runChunks", () => {
  it("keeps at most `concurrency` chunks in flight and reports every chunk", async () => {
    let inFlight = 0;
    let most = 0;
    const done: number[] = [];
    await runChunks({
      chunkIndexes: [0, 1, 2, 3, 4],
      concurrency: 2,
      signal: new AbortController().signal,
      send: async (index) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
        return index * 10;
      },
      onDone: (index, result) => done.push(result + index),
    });
    expect(most).toBe(2);
    expect(done.sort((a, b) => a - b)).toEqual([0, 11, 22, 33, 44]);
  });

  it("stops scheduling after a chunk fails for good", async () => {
    const sent: number[] = [];
    const run = runChunks({
      chunkIndexes: [0, 1, 2, 3],
      concurrency: 1,
      signal: new AbortController().signal,
      send: async (index) => {
        sent.push(index);
        if (index === 1) throw new Error("boom");
        return index;
      },
      onDone: () => {},
    });
    await expect(run).rejects.toThrow("boom");
    expect(sent).toEqual([0, 1]);
  });
});

describe("withRetry", () => {
  const noSleep = async () => {};

  it("retries a temporary failure with growing delays, then succeeds", async () => {
    const delays: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls += 1;
        if (calls < 3) throw new Error("network");
        return "ok";
      },
      {
        signal: new AbortController().signal,
        isRetryable: () => true,
        onRetry: (_attempt, delay) => delays.push(delay),
        sleep: noSleep,
      },
    );
    expect(result).toBe("ok");
    expect(delays).toEqual([500, 1000]);
  });

  it("gives up at once on a failure that is not temporary", async () => {
    let calls = 0;
    const attempt = withRetry(
      async () => {
        calls += 1;
        throw new Error("bad request");
      },
      { signal: new AbortController().signal, isRetryable: () => false, sleep: noSleep },
    );
    await expect(attempt).rejects.toThrow("bad request");
    expect(calls).toBe(1);
  });
});

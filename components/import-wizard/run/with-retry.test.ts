import { describe, expect, it } from "vitest";
import { withRetry } from "./with-retry";

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

  it("stops trying once the signal aborts during a wait, throwing the last failure", async () => {
    const abort = new AbortController();
    let calls = 0;
    const attempt = withRetry(
      async () => {
        calls += 1;
        throw new Error("network");
      },
      {
        signal: abort.signal,
        isRetryable: () => true,
        sleep: async () => abort.abort(),
      },
    );
    await expect(attempt).rejects.toThrow("network");
    expect(calls).toBe(1);
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

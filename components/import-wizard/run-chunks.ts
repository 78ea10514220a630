export interface RetryInfo {
  chunkIndex: number;
  attempt: number;
  delayMs: number;
  message: string;
}

export interface RunChunksOptions<R> {
  chunkIndexes: readonly number[];
  /** Requests in flight at once. */
  concurrency: number;
  signal: AbortSignal;
  send: (chunkIndex: number) => Promise<R>;
  onDone: (chunkIndex: number, result: R) => void;
}

/** Sends chunks with a few in flight; stops scheduling when aborted or when one fails for good. */
export async function runChunks<R>(options: RunChunksOptions<R>): Promise<void> {
  const queue = [...options.chunkIndexes];
  const stop = new AbortController();
  const lane = async () => {
    while (queue.length > 0 && !options.signal.aborted && !stop.signal.aborted) {
      const chunkIndex = queue.shift() as number;
      try {
        options.onDone(chunkIndex, await options.send(chunkIndex));
      } catch (error) {
        stop.abort();
        throw error;
      }
    }
  };
  const lanes = Array.from({ length: Math.max(1, options.concurrency) }, lane);
  const results = await Promise.allSettled(lanes);
  const failed = results.find((result) => result.status === "rejected");
  if (failed) throw failed.reason;
}

export interface RetryOptions {
  signal: AbortSignal;
  isRetryable: (error: unknown) => boolean;
  onRetry?: (attempt: number, delayMs: number, error: unknown) => void;
  maxAttempts?: number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;
/** About 30 s of trying before the run pauses and waits for the user. */
const DEFAULT_ATTEMPTS = 7;

export function backoffDelay(attempt: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
}

/** Calls `attempt` again after a growing pause while the failure looks temporary. */
export async function withRetry<R>(attempt: () => Promise<R>, options: RetryOptions): Promise<R> {
  const maxAttempts = options.maxAttempts ?? DEFAULT_ATTEMPTS;
  const sleep = options.sleep ?? abortableSleep;
  for (let count = 1; ; count += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (count >= maxAttempts || !options.isRetryable(error) || options.signal.aborted) {
        throw error;
      }
      const delayMs = backoffDelay(count);
      options.onRetry?.(count, delayMs, error);
      await sleep(delayMs, options.signal);
      if (options.signal.aborted) throw error;
    }
  }
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done);
  });
}

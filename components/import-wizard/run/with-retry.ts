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

/**
 * Runs `task` over `items` with at most `limit` in flight. Items are taken one at a time as slots
 * free up, so a lazy iterable (a generator) produces each item only when it can start, and no item
 * is held here once its task has it. `limit` may be a function, read before each item is taken:
 * it can lower the concurrency as the items show their size, never raise it above its first
 * answer. Once a task (or taking an item) fails, or `signal` aborts, no further item is taken;
 * the tasks in flight are awaited, then the first failure is thrown.
 */
export async function runWithConcurrency<T>(
  items: Iterable<T>,
  limit: number | (() => number),
  task: (item: T, index: number) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const currentLimit = typeof limit === "number" ? () => limit : limit;
  const iterator = items[Symbol.iterator]();
  let taken = 0;
  let active = 0;
  let failure: { error: unknown } | undefined;
  let waiting: Array<() => void> = [];
  const slotFreed = () => new Promise<void>((resolve) => waiting.push(resolve));
  const isStopped = () => failure !== undefined || signal?.aborted === true;
  const lane = async () => {
    while (!isStopped()) {
      while (active >= Math.max(1, currentLimit())) await slotFreed();
      if (isStopped()) return;
      active += 1;
      try {
        const next = iterator.next();
        if (next.done) return;
        await task(next.value, taken++);
      } catch (error) {
        failure ??= { error };
      } finally {
        active -= 1;
        const woken = waiting;
        waiting = [];
        for (const wake of woken) wake();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, currentLimit()) }, lane));
  if (failure) throw failure.error;
}

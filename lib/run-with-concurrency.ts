/**
 * Runs `task` over `items` with at most `limit` in flight. Items are taken one at a time as slots
 * free up, so a lazy iterable (a generator) produces each item only when it can start, and no item
 * is held here once its task has it. Once a task (or taking an item) fails, or `signal` aborts, no
 * further item is taken; the tasks in flight are awaited, then the first failure is thrown.
 */
export async function runWithConcurrency<T>(
  items: Iterable<T>,
  limit: number,
  task: (item: T, index: number) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const iterator = items[Symbol.iterator]();
  let taken = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (!failure && !signal?.aborted) {
      try {
        const next = iterator.next();
        if (next.done) return;
        await task(next.value, taken++);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limit) }, lane));
  if (failure) throw failure.error;
}

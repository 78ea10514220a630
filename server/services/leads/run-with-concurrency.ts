/**
 * Runs `task` over `items` with at most `limit` in flight. Items are taken one at a time as slots
 * free up, so a lazy iterable (a generator) produces each item only when it can start, and no item
 * is held here once its task has it.
 */
export async function runWithConcurrency<T>(
  items: Iterable<T>,
  limit: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  const iterator = items[Symbol.iterator]();
  let taken = 0;
  const startNext = (): Promise<void> | undefined => {
    const next = iterator.next();
    return next.done ? undefined : task(next.value, taken++);
  };
  const worker = async () => {
    for (let running = startNext(); running; running = startNext()) await running;
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

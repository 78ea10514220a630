/**
 * Runs `task` over `items` with at most `limit` in flight. Items are taken one at a time as slots
 * free up, so a lazy iterable (a generator) produces each item only when it can start.
 */
export async function runWithConcurrency<T>(
  items: Iterable<T>,
  limit: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  const iterator = items[Symbol.iterator]();
  let taken = 0;
  const worker = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      await task(next.value, taken++);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

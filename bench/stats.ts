export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The value `share` (0–1) of the values are at or below (nearest rank). */
export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(share * sorted.length)));
  return sorted[rank - 1] as number;
}

/** Median of each key over several runs' phase timings. */
export function medianPhases(
  runs: ReadonlyArray<Record<string, number> | undefined>,
): Record<string, number> | undefined {
  const present = runs.filter((run) => run !== undefined);
  const [first] = present;
  if (!first) return undefined;
  const phases: Record<string, number> = {};
  for (const key of Object.keys(first)) phases[key] = median(present.map((run) => run[key] ?? 0));
  return phases;
}

export async function timed<T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

export const MB = 1024 * 1024;

import type { BenchCase, CaseGroup, RunOutcome } from "./plan";
import { median, medianPhases } from "./stats";

export interface CaseResult {
  id: string;
  label: string;
  group: CaseGroup;
  db: string;
  rows: number;
  note?: string;
  runsMs: number[];
  medianMs: number;
  rowsPerSecond: number;
  phasesMs?: Record<string, number>;
  /** Median over runs of the process's peak RSS during the timed part, and its growth. */
  peakRssMb?: number;
  rssGrowthMb?: number;
  counts: Record<string, number>;
  problems: string[];
  /** The case's time over the COPY floor's for as many rows (rows/s of COPY ÷ the case's). */
  timesCopy?: number;
  /** The same against the lean floor: COPY into a table with only the indexes an import needs. */
  timesLeanCopy?: number;
  /** How many times the naive loop's rows/s the case reaches. */
  timesNaive?: number;
}

export function summarize(benchCase: BenchCase, runs: RunOutcome[]): CaseResult {
  const medianMs = median(runs.map((run) => run.ms));
  const withRss = runs.filter((run) => run.rss !== undefined);
  const last = runs[runs.length - 1];
  return {
    id: benchCase.id,
    label: benchCase.label,
    group: benchCase.group,
    db: benchCase.db,
    rows: benchCase.rows,
    note: benchCase.note,
    runsMs: runs.map((run) => Math.round(run.ms)),
    medianMs,
    rowsPerSecond: benchCase.rows / (medianMs / 1000),
    phasesMs: medianPhases(runs.map((run) => run.phases)),
    peakRssMb: withRss.length ? median(withRss.map((run) => run.rss?.peakMb ?? 0)) : undefined,
    rssGrowthMb: withRss.length ? median(withRss.map((run) => run.rss?.growthMb ?? 0)) : undefined,
    counts: last?.counts ?? {},
    problems: [...new Set(runs.flatMap((run) => run.problems))],
  };
}

/**
 * Browser cases time a preview and a page's responsiveness, and the pages cases a request over
 * a table of leads, not how fast rows are written.
 */
export function measuresThroughput(result: CaseResult): boolean {
  return result.group !== "ui" && result.group !== "pages";
}

/** Ids of the lean floor's cases: COPY into a table holding only the indexes an import needs. */
export const LEAN_FLOOR_PREFIX = "copy-lean-";

const isLeanFloor = (result: CaseResult) => result.id.startsWith(LEAN_FLOOR_PREFIX);

/** The COPY run (into leads, or the lean one) with the same row count, or else the nearest. */
function floorFor(
  results: readonly CaseResult[],
  rows: number,
  lean: boolean,
): CaseResult | undefined {
  const floors = results.filter(
    (result) => result.group === "floor" && isLeanFloor(result) === lean,
  );
  return floors.reduce<CaseResult | undefined>(
    (best, each) =>
      !best || Math.abs(each.rows - rows) < Math.abs(best.rows - rows) ? each : best,
    undefined,
  );
}

export function addRatios(results: CaseResult[]): void {
  const naive = results.find((result) => result.id.startsWith("naive-loop"));
  for (const result of results) {
    if (!measuresThroughput(result)) continue;
    const floor = floorFor(results, result.rows, false);
    if (floor) result.timesCopy = floor.rowsPerSecond / result.rowsPerSecond;
    const lean = floorFor(results, result.rows, true);
    if (lean) result.timesLeanCopy = lean.rowsPerSecond / result.rowsPerSecond;
    if (naive) result.timesNaive = result.rowsPerSecond / naive.rowsPerSecond;
  }
}

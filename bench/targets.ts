import type { CaseResult } from "./results";

export interface TargetCheck {
  target: string;
  measured: string;
  holds: boolean;
}

const byId = (results: readonly CaseResult[], id: string) =>
  results.find((result) => result.id === id);

/** The issue's targets, each against this run's own figures. */
export function checkTargets(results: readonly CaseResult[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const csv = byId(results, "csv-http-50k");
  if (csv) {
    checks.push({
      target: "50k-row CSV over HTTP ≤ 1,500 ms",
      measured: `${Math.round(csv.medianMs)} ms`,
      holds: csv.medianMs <= 1_500,
    });
    if (csv.timesCopy !== undefined) {
      checks.push({
        target: "50k-row CSV over HTTP ≤ 3× the COPY floor",
        measured: `${csv.timesCopy.toFixed(2)}×`,
        holds: csv.timesCopy <= 3,
      });
    }
    if (csv.timesLeanCopy !== undefined) {
      checks.push({
        target: "50k-row CSV over HTTP ≤ 2.5× the lean COPY floor",
        measured: `${csv.timesLeanCopy.toFixed(2)}×`,
        holds: csv.timesLeanCopy <= 2.5,
      });
    }
  }
  const bulk = byId(results, "bulk-http-5k");
  if (bulk?.timesLeanCopy !== undefined) {
    checks.push({
      target: "5k-lead POST /v1/leads/bulk ≤ 2× the lean COPY floor",
      measured: `${bulk.timesLeanCopy.toFixed(2)}×`,
      holds: bulk.timesLeanCopy <= 2,
    });
  }
  const engine = results
    .filter((result) => result.id.startsWith("engine-postgres"))
    .sort((a, b) => b.rows - a.rows)[0];
  if (engine?.timesNaive !== undefined) {
    checks.push({
      target: `engine (${engine.rows.toLocaleString("en-US")} rows) ≥ 20× the naive loop's rows/s`,
      measured: `${engine.timesNaive.toFixed(1)}×`,
      holds: engine.timesNaive >= 20,
    });
  }
  const big = byId(results, "csv-http-50mb");
  if (big?.rssGrowthMb !== undefined) {
    checks.push({
      target: "server RSS growth for a 50 MB upload ≤ 300 MB",
      measured: `${Math.round(big.rssGrowthMb)} MB`,
      holds: big.rssGrowthMb <= 300,
    });
  }
  const http = results
    .filter((result) => /^csv-http-\d+k$/.test(result.id) && result.rssGrowthMb !== undefined)
    .sort((a, b) => a.rows - b.rows);
  const [small, large] = [http[http.length - 2], http[http.length - 1]];
  if (small?.rssGrowthMb !== undefined && large?.rssGrowthMb !== undefined) {
    const ratio = large.rssGrowthMb / Math.max(1, small.rssGrowthMb);
    checks.push({
      target: `RSS growth flat with file size (${small.rows / 1000}k → ${large.rows / 1000}k rows, ≤ 1.25×)`,
      measured: `${Math.round(small.rssGrowthMb)} → ${Math.round(large.rssGrowthMb)} MB (${ratio.toFixed(1)}×)`,
      holds: ratio <= 1.25,
    });
  }
  const wizard = results.find((result) => result.group === "ui" && !result.id.includes("xlsx"));
  const preview = wizard?.phasesMs?.preview;
  const lag = wizard?.phasesMs?.["max timer lag"];
  if (wizard && preview !== undefined && lag !== undefined) {
    const rows = wizard.rows.toLocaleString("en-US");
    checks.push({
      target: `wizard: a ${rows}-row file's preview shows within 500 ms of the drop`,
      measured: `${Math.round(preview)} ms`,
      holds: preview <= 500,
    });
    checks.push({
      target: `wizard: while ${rows} rows import, the page's timers are never late by 250 ms`,
      measured: `${Math.round(lag)} ms at worst`,
      holds: lag <= 250,
    });
  }
  const workbook = byId(results, "wizard-xlsx-50k")?.phasesMs?.preview;
  if (workbook !== undefined) {
    checks.push({
      target: "wizard: a 50,000-row workbook's preview shows within 1,000 ms of the drop",
      measured: `${Math.round(workbook)} ms`,
      holds: workbook <= 1_000,
    });
  }
  checks.push(...gridTargets(results));
  checks.push(...pagesTargets(results));
  const concurrent = results.find((result) => result.group === "concurrency");
  if (concurrent) {
    checks.push({
      target: "concurrent imports: no lead lost or duplicated",
      measured: concurrent.problems.length ? concurrent.problems.join("; ") : "all accounted for",
      holds: concurrent.problems.length === 0,
    });
  }
  return checks;
}

/** The pages group's targets (issue 20): at a million leads, pages within 100 ms, adds within 15 s. */
function pagesTargets(results: readonly CaseResult[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const pages = results.filter((result) => result.group === "pages");
  for (const result of pages.filter((each) => /^leads-(page|filtered|search)-/.test(each.id))) {
    checks.push({
      target: `${result.label} at ${result.rows.toLocaleString("en-US")} leads within 100 ms`,
      measured: `${Math.round(result.medianMs)} ms`,
      holds: result.medianMs <= 100,
    });
  }
  const bulkTag = pages.find((result) => result.id.startsWith("leads-bulk-tag-"));
  if (bulkTag) {
    checks.push({
      target: `${bulkTag.label}: a few seconds (≤ 5 s)`,
      measured: `${(bulkTag.medianMs / 1000).toFixed(1)} s`,
      holds: bulkTag.medianMs <= 5_000,
    });
  }
  const add = pages.find((result) => result.id.startsWith("campaign-add-all-"));
  if (add) {
    checks.push({
      target: `${add.label} (selectAll) within 15 s`,
      measured: `${(add.medianMs / 1000).toFixed(1)} s`,
      holds: add.medianMs <= 15_000,
    });
  }
  return checks;
}

/** How the grid was scrolled, for each frame figure of bench case wizard-grid-1m. */
const GRID_SCROLLS = {
  sweep: "a jump a frame over its whole height",
  wheel: "200 wheel turns",
  "sweep CPU": "the main thread's CPU a frame of that sweep",
} as const;

/** Issue 21: the review grid of the largest file scrolls fast without a frame over 50 ms. */
function gridTargets(results: readonly CaseResult[]): TargetCheck[] {
  const grid = byId(results, "wizard-grid-1m");
  const phases = grid?.phasesMs;
  if (!grid || !phases) return [];
  const rows = grid.rows.toLocaleString("en-US");
  return Object.entries(GRID_SCROLLS).flatMap(([figure, how]) => {
    const worst = phases[`${figure}: worst frame`];
    if (worst === undefined) return [];
    return [
      {
        target: `wizard: the review grid of ${rows} rows scrolled fast (${how}): no frame over 50 ms`,
        measured: `${Math.round(worst)} ms at worst (p95 ${Math.round(phases[`${figure}: p95 frame`] ?? 0)} ms)`,
        holds: worst <= 50,
      },
    ];
  });
}

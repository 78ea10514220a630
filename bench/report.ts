import { type CaseResult, measuresThroughput } from "./results";
import type { TargetCheck } from "./targets";

const integer = (value: number) => Math.round(value).toLocaleString("en-US");

function perSecond(value: number): string {
  return value >= 1_000 ? `${(value / 1_000).toFixed(1)}k` : value.toFixed(0);
}

function phasesText(phases: Record<string, number> | undefined): string {
  if (!phases) return "";
  return Object.entries(phases)
    .map(([name, ms]) => `${name} ${integer(ms)}`)
    .join(" / ");
}

function rssText(result: CaseResult): string {
  if (result.peakRssMb === undefined) return "";
  return `${integer(result.peakRssMb)} (+${integer(result.rssGrowthMb ?? 0)})`;
}

const COLUMNS = [
  "case",
  "db",
  "rows",
  "median ms",
  "rows/s",
  "× COPY time",
  "× lean COPY",
  "× naive rows/s",
  "peak RSS MB (+growth)",
  "phases ms",
] as const;
const NUMERIC = new Set([2, 3, 4, 5, 6, 7, 8]);

/** The results as a plain-text table, ready for a terminal or a PR comment. */
export function formatTable(results: readonly CaseResult[]): string {
  const rows = results.map((result) => [
    `${result.problems.length ? "✗ " : ""}${result.label}${result.note ? ` (${result.note})` : ""}`,
    result.db,
    integer(result.rows),
    integer(result.medianMs),
    measuresThroughput(result) ? perSecond(result.rowsPerSecond) : "",
    result.timesCopy === undefined ? "" : result.timesCopy.toFixed(2),
    result.timesLeanCopy === undefined ? "" : result.timesLeanCopy.toFixed(2),
    result.timesNaive === undefined ? "" : result.timesNaive.toFixed(1),
    rssText(result),
    phasesText(result.phasesMs),
  ]);
  const widths = COLUMNS.map((column, i) =>
    Math.max(column.length, ...rows.map((row) => (row[i] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) =>
        NUMERIC.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join(" │ ")
      .trimEnd();
  const rule = widths.map((width) => "─".repeat(width)).join("─┼─");
  return [line(COLUMNS), rule, ...rows.map(line)].join("\n");
}

export function formatTargets(checks: readonly TargetCheck[]): string {
  return checks
    .map((check) => `${check.holds ? "✓ holds " : "✗ misses"}  ${check.target}: ${check.measured}`)
    .join("\n");
}

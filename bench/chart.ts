import type { CaseGroup } from "./plan";
import type { CaseResult } from "./results";

const COLORS: Record<CaseGroup, string> = {
  floor: "#8c8c8c",
  engine: "#2f6fdf",
  http: "#1f9d6b",
  memory: "#8a4fd1",
  concurrency: "#e0891b",
  baseline: "#d2453d",
  ui: "#555555",
  pages: "#3d7c8c",
};
const LEGEND: Record<CaseGroup, string> = {
  floor: "raw COPY",
  engine: "engine in process",
  http: "over HTTP",
  memory: "50 MB upload",
  concurrency: "4 concurrent clients",
  baseline: "what users would write",
  ui: "upload wizard",
  pages: "leads pages",
};

const LABEL_WIDTH = 380;
const BAR_WIDTH = 460;
const VALUE_WIDTH = 190;
const ROW_HEIGHT = 24;
const TOP = 64;

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

function rate(value: number): string {
  return value >= 1_000 ? `${(value / 1_000).toFixed(1)}k` : value.toFixed(0);
}

/** rows/s per case as horizontal bars, the largest COPY run drawn as the floor line. */
export function drawChart(results: readonly CaseResult[], title: string): string {
  const floor = results
    .filter((result) => result.group === "floor")
    .sort((a, b) => b.rows - a.rows)[0];
  const max = Math.max(...results.map((result) => result.rowsPerSecond)) * 1.05;
  const x = (value: number) => LABEL_WIDTH + (value / max) * BAR_WIDTH;
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const height = TOP + results.length * ROW_HEIGHT + 70;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="16" y="26" font-size="16" font-weight="600">${escapeXml(title)}</text>`,
    `<text x="16" y="46" fill="#555">rows per second, median of the runs; longer is faster. Ratios: case time ÷ COPY time for as many rows.</text>`,
  ];
  results.forEach((result, i) => {
    const y = TOP + i * ROW_HEIGHT;
    const label = `${result.label} · ${result.db} · ${result.rows.toLocaleString("en-US")}`;
    const ratio =
      (result.timesCopy === undefined ? "" : ` · ${result.timesCopy.toFixed(1)}× floor`) +
      (result.timesLeanCopy === undefined ? "" : ` · ${result.timesLeanCopy.toFixed(1)}× lean`);
    parts.push(
      `<text x="${LABEL_WIDTH - 8}" y="${y + 16}" text-anchor="end">${result.problems.length ? "✗ " : ""}${escapeXml(label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${Math.max(1, x(result.rowsPerSecond) - LABEL_WIDTH).toFixed(1)}" height="${ROW_HEIGHT - 8}" fill="${COLORS[result.group]}" rx="2"/>`,
      `<text x="${(x(result.rowsPerSecond) + 6).toFixed(1)}" y="${y + 16}" fill="#333">${rate(result.rowsPerSecond)}${ratio}</text>`,
    );
  });
  const bottom = TOP + results.length * ROW_HEIGHT;
  if (floor) {
    const fx = x(floor.rowsPerSecond).toFixed(1);
    parts.push(
      `<line x1="${fx}" y1="${TOP - 6}" x2="${fx}" y2="${bottom + 4}" stroke="#222" stroke-width="1.5" stroke-dasharray="5 4"/>`,
      `<text x="${fx}" y="${bottom + 18}" text-anchor="middle" font-weight="600">COPY floor, ${floor.rows.toLocaleString("en-US")} rows: ${rate(floor.rowsPerSecond)} rows/s</text>`,
    );
  }
  let legendX = 16;
  for (const group of Object.keys(COLORS) as CaseGroup[]) {
    if (!results.some((result) => result.group === group)) continue;
    parts.push(
      `<rect x="${legendX}" y="${bottom + 38}" width="12" height="12" fill="${COLORS[group]}"/>`,
      `<text x="${legendX + 16}" y="${bottom + 48}">${LEGEND[group]}</text>`,
    );
    legendX += 30 + LEGEND[group].length * 6.5;
  }
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}

import { readFileSync } from "node:fs";
import path from "node:path";

/*
 * `npx tsx bench/analyse-profile.ts <file.cpuprofile> [top]`: self time per function (Chrome's
 * "Bottom-up" view), then time per nearest app function, library calls below it included.
 * Samples whose stack passes through the bench's own data generation or module loading are
 * left out, so the figures describe the import.
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const EXCLUDED = ["bench/generate-leads", "bench/datasets", "node:internal/modules", "tsx/dist"];

function shortUrl(url: string): string {
  const file = url.replace(/^file:\/\//, "");
  if (file.includes("node_modules/")) return file.slice(file.lastIndexOf("node_modules/") + 13);
  return file.startsWith("/") ? path.relative(process.cwd(), file) : file;
}

function label({ functionName, url, lineNumber, columnNumber }: CallFrame): string {
  if (!url) return functionName || "(anonymous)";
  const at = lineNumber > 0 ? `${lineNumber + 1}` : `col ${columnNumber + 1}`;
  return `${functionName || "(anonymous)"}  ${shortUrl(url)}:${at}`;
}

function isAppFrame({ url, functionName }: CallFrame): boolean {
  return (
    url.startsWith("file://") &&
    !url.includes("node_modules") &&
    !url.includes("/bench/") &&
    functionName !== ""
  );
}

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error("usage: analyse-profile <file.cpuprofile> [top]");
const top = Number(topArg ?? 15);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes)
  for (const child of node.children ?? []) parentOf.set(child, node.id);

const selfUs = new Map<string, number>();
const appUs = new Map<string, number>();
let busyUs = 0;
let excludedUs = 0;
profile.samples.forEach((id, i) => {
  const node = byId.get(id);
  const us = profile.timeDeltas[i] ?? 0;
  if (!node || node.callFrame.functionName === "(idle)") return;
  const stack: CallFrame[] = [];
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const frame = byId.get(at)?.callFrame;
    if (frame) stack.push(frame);
  }
  if (stack.some((frame) => EXCLUDED.some((part) => frame.url.includes(part)))) {
    excludedUs += us;
    return;
  }
  busyUs += us;
  const self = label(node.callFrame);
  selfUs.set(self, (selfUs.get(self) ?? 0) + us);
  const app = stack.find(isAppFrame);
  const owner = app ? label(app) : "(no app frame: runtime, GC, I/O)";
  appUs.set(owner, (appUs.get(owner) ?? 0) + us);
});

function print(title: string, totals: Map<string, number>) {
  console.log(title);
  for (const [key, us] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    const share = ((us / busyUs) * 100).toFixed(1).padStart(5);
    console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${share} %  ${key}`);
  }
}

console.log(
  `${path.basename(file)}: ${(busyUs / 1000).toFixed(0)} ms busy (${(excludedUs / 1000).toFixed(0)} ms of data generation and module loading left out)`,
);
print("Self time:", selfUs);
print("By nearest app function (library code below it included):", appUs);

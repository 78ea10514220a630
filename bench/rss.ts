import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { MB } from "./stats";

/** A process and every descendant (`next start` may fork workers; their memory counts too). */
export function processTree(pid: number): number[] {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    const parent = pids[i] as number;
    try {
      for (const task of readdirSync(`/proc/${parent}/task`)) {
        const children = readFileSync(`/proc/${parent}/task/${task}/children`, "utf8").trim();
        if (children) pids.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between listing and reading: it holds no memory any more.
    }
  }
  return pids;
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(status);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export function treeRssBytes(pid: number): number {
  return processTree(pid).reduce((sum, each) => sum + statusKb(each, "VmRSS") * 1024, 0);
}

/** Writing 5 to clear_refs resets VmHWM to the current RSS (Linux ≥ 4.0, proc(5)). */
function resetHighWater(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}

export interface RssPeak {
  baselineMb: number;
  peakMb: number;
  growthMb: number;
}

/**
 * Peak RSS of a process tree during a case: sampled every `intervalMs`, and for a single process
 * also its kernel high-water mark, which catches peaks between two samples.
 */
export function watchRss(pid: number, intervalMs = 10): { stop(): RssPeak } {
  const hasHighWater = resetHighWater(pid);
  const baseline = treeRssBytes(pid);
  let peak = baseline;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssBytes(pid));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const tree = processTree(pid);
      peak = Math.max(peak, treeRssBytes(pid));
      if (hasHighWater && tree.length === 1) peak = Math.max(peak, statusKb(pid, "VmHWM") * 1024);
      return { baselineMb: baseline / MB, peakMb: peak / MB, growthMb: (peak - baseline) / MB };
    },
  };
}

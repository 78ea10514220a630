import type { Page } from "@playwright/test";

/*
 * How much CPU the page's main thread spends on each frame, from a Chromium trace. On a machine
 * shared with other work a frame's wall time also counts the time the thread waited for a core;
 * its CPU time does not, so it says what the page itself costs a frame.
 */

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** CPU time of the thread, µs. */
  tdur?: number;
  args?: { name?: string };
}

const TASKS = new Set(["ThreadControllerImpl::RunTask", "RunTask"]);

/** The renderer's main thread with the most events: the page's. */
function mainThreadEvents(events: readonly TraceEvent[]): TraceEvent[] {
  const mains = new Set(
    events
      .filter((event) => event.ph === "M" && event.args?.name === "CrRendererMain")
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const counts = new Map<string, number>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph === "X" && mains.has(thread)) counts.set(thread, (counts.get(thread) ?? 0) + 1);
  }
  const busiest = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return events
    .filter((event) => event.ph === "X" && `${event.pid}:${event.tid}` === busiest)
    .sort((a, b) => a.ts - b.ts);
}

/**
 * The main thread's CPU per frame, in ms: every task since the last frame's, up to and including
 * the task that updated the rendering (the one that ran PrePaint).
 */
export function frameCpuOf(events: readonly TraceEvent[]): number[] {
  const main = mainThreadEvents(events);
  const paints = main.filter((event) => event.name === "PrePaint").map((event) => event.ts);
  const frames: number[] = [];
  let cpu = 0;
  let next = 0;
  for (const task of main.filter((event) => TASKS.has(event.name))) {
    cpu += task.tdur ?? 0;
    const end = task.ts + (task.dur ?? 0);
    let isFrame = false;
    while (next < paints.length && (paints[next] as number) <= end) {
      isFrame ||= (paints[next] as number) >= task.ts;
      next += 1;
    }
    if (isFrame) {
      frames.push(cpu / 1000);
      cpu = 0;
    }
  }
  return frames;
}

/** Runs `work` with the page traced; answers the main thread's CPU per frame meanwhile. */
export async function tracedFrameCpu(page: Page, work: () => Promise<unknown>): Promise<number[]> {
  const browser = page.context().browser();
  if (!browser) throw new Error("the page has no browser to trace");
  await browser.startTracing(page, {
    categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"],
  });
  await work();
  const trace = JSON.parse((await browser.stopTracing()).toString()) as
    | { traceEvents: TraceEvent[] }
    | TraceEvent[];
  return frameCpuOf(Array.isArray(trace) ? trace : trace.traceEvents);
}

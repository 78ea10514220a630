import { type Browser, chromium, type Page } from "@playwright/test";
import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import { createTestMember } from "@/server/testing/test-workspace";
import { type BenchDatabase, freshDatabase } from "../bench-database";
import { type BenchServer, startServer } from "../server";

/*
 * The upload wizard's bench cases run Debian's Chromium against a `next start` server of their own
 * on a fresh database. The page watches its own main thread: how late a 20 ms timer fires, the
 * longest task Chromium reports, and how long each animation frame takes, from the moment the
 * case starts the watch.
 */

/** Installed before the page loads. A string, not a function: tsx's helpers would not exist there. */
const WATCH_MAIN_THREAD = `
  const lag = { max: 0, samples: 0, running: false, longestTask: 0 };
  let expected = 0;
  const tick = () => {
    if (!lag.running) return;
    lag.max = Math.max(lag.max, performance.now() - expected);
    lag.samples += 1;
    expected = performance.now() + 20;
    setTimeout(tick, 20);
  };
  new PerformanceObserver((list) => {
    if (!lag.running) return;
    for (const entry of list.getEntries()) lag.longestTask = Math.max(lag.longestTask, entry.duration);
  }).observe({ type: "longtask", buffered: false });
  window.__lag = lag;
  window.__startLagWatch = () => {
    lag.max = 0;
    lag.samples = 0;
    lag.longestTask = 0;
    lag.running = true;
    expected = performance.now() + 20;
    setTimeout(tick, 20);
  };
`;

/**
 * Frame durations: the time between one animation frame and the next, from the moment the case
 * starts the watch. A frame the main thread held up (a long render, a long task) is a long one.
 */
const WATCH_FRAMES = `
  const frames = { durations: [], running: false };
  let last = 0;
  const onFrame = (now) => {
    if (!frames.running) return;
    frames.durations.push(now - last);
    last = now;
    requestAnimationFrame(onFrame);
  };
  window.__frames = frames;
  window.__startFrameWatch = () => {
    frames.durations = [];
    frames.running = true;
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(onFrame);
    });
  };
`;

export interface MainThreadLag {
  /** How late the 20 ms timer fired at worst. */
  max: number;
  samples: number;
  /** The longest task Chromium reported (it reports those over 50 ms). */
  longestTask: number;
  running: boolean;
}

type LagWindow = Window & { __lag: MainThreadLag; __startLagWatch: () => void };

export function startLagWatch(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as LagWindow).__startLagWatch());
}

export function stopLagWatch(page: Page): Promise<MainThreadLag> {
  return page.evaluate(() => {
    const { __lag } = window as unknown as LagWindow;
    __lag.running = false;
    return { ...__lag };
  });
}

type FrameWindow = Window & {
  __frames: { durations: number[]; running: boolean };
  __startFrameWatch: () => void;
};

export function startFrameWatch(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as FrameWindow).__startFrameWatch());
}

/** The frames' durations since the watch started, in ms. */
export function stopFrameWatch(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const { __frames } = window as unknown as FrameWindow;
    __frames.running = false;
    return __frames.durations;
  });
}

export function measured(page: Page, name: string, from: string, to: string): Promise<number> {
  return page.evaluate(
    ([measure, start, end]) => performance.measure(measure, start, end).duration,
    [name, from, to] as const,
  );
}

export async function leadsIn(bench: BenchDatabase): Promise<number> {
  const [row] = rowsOf<{ leads: string }>(
    await bench.database.db.execute(
      sql`select count(*) as leads from leads where workspace_id = ${bench.workspaceId}`,
    ),
  );
  return Number(row?.leads);
}

/** A signed-in wizard page of a member of a fresh bench workspace, served by its own server. */
export async function withWizardPage<T>(
  run: (page: Page, bench: BenchDatabase) => Promise<T>,
): Promise<T> {
  const bench = await freshDatabase("postgres");
  let server: BenchServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer({ url: bench.url });
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
    const member = await createTestMember(bench.database.db, bench.workspaceId);
    const context = await browser.newContext({ baseURL: server.baseUrl });
    const page = await context.newPage();
    await page.addInitScript(WATCH_MAIN_THREAD);
    await page.addInitScript(WATCH_FRAMES);
    const signIn = await page.request.post("/api/trpc/auth.signIn", {
      data: { email: member.email, password: member.password },
    });
    if (!signIn.ok()) throw new Error(`sign-in failed: ${signIn.status()}`);
    return await run(page, bench);
  } finally {
    await browser?.close();
    await server?.stop();
    await bench.close();
  }
}

import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildIfStale } from "@/scripts/build-if-stale";

export interface BenchServer {
  pid: number;
  baseUrl: string;
  /** The first-run key the server printed (the way to get in to a PGlite server). */
  firstRunKey: Promise<string>;
  stop(): Promise<void>;
}

/** A port nobody listens on now, preferring `preferred`. */
async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const probe = createServer();
      probe.once("error", reject);
      probe.listen(port, "127.0.0.1", () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === "object" && address ? address.port : port));
      });
    });
  return tryPort(preferred).catch(() => tryPort(0));
}

async function waitUntilReady(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    const status = await fetch(`${baseUrl}/v1/me`).then(
      (response) => response.status,
      () => 0,
    );
    if (status > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("next start did not answer within 60 s");
}

let appDir: string | undefined;

function hasBuild(dir: string): boolean {
  return existsSync(path.join(dir, ".next", "BUILD_ID"));
}

/** A private copy of the build; node_modules and db/migrations link back to the checkout. */
function copyBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "leadport-bench-app-"));
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  cpSync(".next", path.join(dir, ".next"), {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => !source.startsWith(path.join(".next", "cache")),
  });
  if (!hasBuild(dir)) throw new Error("no build to serve: .next/BUILD_ID is missing");
  for (const entry of ["node_modules", "db", "public", "package.json", "next.config.mjs"]) {
    if (existsSync(entry)) symlinkSync(path.resolve(entry), path.join(dir, entry));
  }
  return dir;
}

/**
 * Builds if the sources changed, then serves a private copy of the build, so that someone else's
 * `next build` during a bench run (e2e runs rebuild the shared `.next`) cannot pull the build
 * out from under the servers. Copied again should the copy lose its BUILD_ID.
 */
export function ensureBuild(): string {
  if (appDir && hasBuild(appDir)) return appDir;
  if (appDir) console.warn(`bench: the build copy in ${appDir} lost its BUILD_ID; copying again`);
  else buildIfStale();
  appDir = copyBuild();
  return appDir;
}

/**
 * `next start` on the production build (rebuilt when sources changed) against one database:
 * node runs Next's CLI directly, so `pid` is the server itself (Next 16 forks no workers for
 * `start`; bench/rss.ts still sums any descendants).
 */
export async function startServer(database: { url?: string }): Promise<BenchServer> {
  try {
    return await launch(database, ensureBuild());
  } catch (error) {
    console.warn(`bench: next start failed (${(error as Error).message}); trying once more`);
    return launch(database, ensureBuild());
  }
}

async function launch(database: { url?: string }, cwd: string): Promise<BenchServer> {
  const port = await freePort(3200);
  const pgliteDir = database.url ? undefined : mkdtempSync(path.join(tmpdir(), "leadport-bench-"));
  // BENCH_CPU_PROF=<dir> profiles the server too (written when it exits on SIGTERM).
  const profileDir = process.env.BENCH_CPU_PROF;
  const nodeArgs = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(
    process.execPath,
    [
      ...nodeArgs,
      "node_modules/next/dist/bin/next",
      "start",
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    {
      cwd,
      stdio: ["ignore", "pipe", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        LOG_LEVEL: "warn",
        PORT: String(port),
        DATABASE_URL: database.url ?? "",
        ...(pgliteDir ? { PGLITE_DIR: pgliteDir } : {}),
      },
    },
  );
  if (child.pid === undefined) throw new Error("could not start next");
  const firstRunKey = new Promise<string>((resolve) => {
    let output = "";
    child.stdout?.setEncoding("utf8");
    child.stdout?.on("data", (chunk: string) => {
      output += chunk;
      const key = /\bsk_[a-z0-9_]+/i.exec(output);
      if (key) resolve(key[0]);
    });
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(baseUrl, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { pid: child.pid, baseUrl, firstRunKey, stop };
}

import { spawn } from "node:child_process";
import type { DbKind } from "./bench-database";
import type { DatasetSpec } from "./datasets";
import type { RssPeak } from "./rss";

/** In-process cases run in a child process each: a fresh heap, like a new server. */
export type WorkerJob =
  | {
      kind: "engine" | "engine-update" | "csv-phases" | "json-phases";
      db: DbKind;
      spec: DatasetSpec;
    }
  | { kind: "copy" | "copy-lean" | "naive" | "drizzle-batch"; spec: DatasetSpec }
  | { kind: "xlsx-parse" };

export interface WorkerResult {
  ms: number;
  phases?: Record<string, number>;
  rss: RssPeak;
  counts: Record<string, number>;
}

const RESULT_PREFIX = "BENCH_RESULT ";

export function printResult(result: WorkerResult): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

/**
 * Runs one job in `node --import tsx bench/worker.ts`; BENCH_CPU_PROF=<dir> profiles it.
 * Node's own flags go first, so NODE_OPTIONS stays free for the caller.
 */
export function runWorker(job: WorkerJob): Promise<WorkerResult> {
  const profileDir = process.env.BENCH_CPU_PROF;
  const nodeArgs = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(
    process.execPath,
    [...nodeArgs, "--import", "tsx", "bench/worker.ts", JSON.stringify(job)],
    { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, LOG_LEVEL: "warn" } },
  );
  let stdout = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    stdout += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const line = stdout.split("\n").find((each) => each.startsWith(RESULT_PREFIX));
      if (code !== 0 || !line) {
        reject(new Error(`bench worker ${job.kind} exited with ${code}: ${stdout.slice(-2000)}`));
        return;
      }
      resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as WorkerResult);
    });
  });
}

import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { prepareTemplateDatabase, TEST_DATABASE_URL } from "@/db/testing/test-database";
import { drawChart } from "./chart";
import { type BenchCase, benchPlan, type RunOutcome } from "./plan";
import { formatTable, formatTargets } from "./report";
import { addRatios, type CaseResult, measuresThroughput, summarize } from "./results";
import { ensureBuild } from "./server";
import { checkTargets } from "./targets";

/*
 * `npm run bench`: every case on a fresh database, the runs of all cases interleaved (round 1 of
 * every case, then round 2…) so a noisy minute on this machine spreads over all of them.
 * BENCH_QUICK=1: one run of a reduced set. BENCH_RUNS=n: runs per case. BENCH_ONLY=regex: cases
 * by id. BENCH_CPU_PROF=dir: --cpu-prof for the in-process workers. Cases may share what their
 * runs need (the pages cases' million-lead database and server) and release it after the rounds.
 */

const isQuick = process.env.BENCH_QUICK === "1";
const runs = Number(process.env.BENCH_RUNS ?? (isQuick ? 1 : 3));
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined;
const RESULTS_DIR = path.join("bench", "results");

async function runOnce(benchCase: BenchCase, round: number): Promise<RunOutcome | undefined> {
  const started = performance.now();
  try {
    const outcome = await benchCase.run();
    const wall = ((performance.now() - started) / 1000).toFixed(1);
    const problems = outcome.problems.length ? `  ✗ ${outcome.problems.join("; ")}` : "";
    const { nodeCpuMs, dbCpuMs } = outcome.counts;
    const cpu = nodeCpuMs === undefined ? "" : `, CPU node ${nodeCpuMs} + db ${dbCpuMs} ms`;
    console.log(
      `  ${benchCase.id} run ${round}/${runs}: ${Math.round(outcome.ms)} ms (wall ${wall} s${cpu})${problems}`,
    );
    return outcome;
  } catch (error) {
    console.log(`  ${benchCase.id} run ${round}/${runs}: failed: ${(error as Error).message}`);
    return { ms: Number.NaN, counts: {}, problems: [`run failed: ${(error as Error).message}`] };
  }
}

async function machine() {
  const sql = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
  const [row] = await sql<{ version: string }[]>`select version()`;
  await sql.end();
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryMb: Math.round(os.totalmem() / 1024 / 1024),
    node: process.version,
    postgres: row?.version.split(" on ")[0],
    loadAverageAtStart: os.loadavg().map((value) => Number(value.toFixed(2))),
  };
}

const started = performance.now();
const plan = benchPlan({ quick: isQuick }).filter((each) => !only || only.test(each.id));
console.log(`Leadport bench${isQuick ? " (quick)" : ""}: ${plan.length} cases × ${runs} runs`);
await prepareTemplateDatabase();
if (plan.some((each) => each.group !== "floor" && each.group !== "baseline")) ensureBuild();

const outcomes = new Map<string, RunOutcome[]>(plan.map((each) => [each.id, []]));
for (let round = 1; round <= runs; round++) {
  console.log(`Round ${round} of ${runs}`);
  for (const benchCase of plan) {
    const outcome = await runOnce(benchCase, round);
    if (outcome) outcomes.get(benchCase.id)?.push(outcome);
  }
}

await Promise.all(plan.map((each) => each.release?.()));

const results: CaseResult[] = plan.map((each) =>
  summarize(
    each,
    (outcomes.get(each.id) ?? []).filter((outcome) => Number.isFinite(outcome.ms)),
  ),
);
for (const result of results) {
  const failed = (outcomes.get(result.id) ?? []).filter((outcome) => !Number.isFinite(outcome.ms));
  result.problems.push(...failed.flatMap((outcome) => outcome.problems));
}
addRatios(results);
const targets = checkTargets(results);
const totalSeconds = (performance.now() - started) / 1000;

console.log(`\n${formatTable(results)}\n`);
console.log(formatTargets(targets));
const problems = results.flatMap((result) => result.problems.map((p) => `${result.id}: ${p}`));
if (problems.length) console.log(`\nProblems:\n  ${problems.join("\n  ")}`);
console.log(`\nTotal ${totalSeconds.toFixed(0)} s. Results in ${RESULTS_DIR}/latest.{json,svg}`);

mkdirSync(RESULTS_DIR, { recursive: true });
const report = {
  generatedAt: new Date().toISOString(),
  quick: isQuick,
  runsPerCase: runs,
  totalSeconds: Math.round(totalSeconds),
  machine: await machine(),
  cases: results,
  targets,
};
writeFileSync(path.join(RESULTS_DIR, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
const title = `Leadport import throughput${isQuick ? " (quick)" : ""}, ${report.generatedAt.slice(0, 10)}`;
writeFileSync(
  path.join(RESULTS_DIR, "latest.svg"),
  drawChart(results.filter(measuresThroughput), title),
);
process.exit(problems.length ? 1 : 0);

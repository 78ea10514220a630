import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

/**
 * `npm test`: every Vitest test (unit and integration on real PostgreSQL), the integration suite
 * again on workspace tables hash-partitioned as they would be sharded (`npm run test:sharded`),
 * then every Playwright test (api and ui projects against the built server), then one line with
 * the real totals.
 */
const RESULTS = "test-results";
const VITEST_JSON = `${RESULTS}/vitest.json`;
const SHARDED_JSON = `${RESULTS}/vitest-sharded.json`;
const PLAYWRIGHT_JSON = `${RESULTS}/playwright.json`;

mkdirSync(RESULTS, { recursive: true });
for (const file of [VITEST_JSON, SHARDED_JSON, PLAYWRIGHT_JSON]) rmSync(file, { force: true });

const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;

const vitestReporters = (file: string) => [
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${file}`,
];
const vitestStatus = run("npx", ["vitest", "run", ...vitestReporters(VITEST_JSON)]);
const shardedStatus = run("npm", ["run", "test:sharded", "--", ...vitestReporters(SHARDED_JSON)]);
const playwrightStatus = run("npx", ["playwright", "test"], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON,
});

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  testResults: Array<{ status: string; assertionResults: unknown[] }>;
};
/** Its failed tests, and each test file that failed before any of its tests ran as one more. */
const failuresOf = (report: VitestReport | null) =>
  (report?.numFailedTests ?? 0) +
  (report?.testResults.filter(
    (file) => file.status === "failed" && file.assertionResults.length === 0,
  ).length ?? 0);
const vitest = readJson<VitestReport>(VITEST_JSON);
const sharded = readJson<VitestReport>(SHARDED_JSON);
const playwright = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(
  PLAYWRIGHT_JSON,
);
const flaky = playwright?.stats.flaky ?? 0;
const passed =
  (vitest?.numPassedTests ?? 0) +
  (sharded?.numPassedTests ?? 0) +
  (playwright?.stats.expected ?? 0) +
  flaky;
let failed = failuresOf(vitest) + failuresOf(sharded) + (playwright?.stats.unexpected ?? 0);
// A runner that crashed before writing its report still fails the run.
const hasCrashed = (status: number, report: unknown) => status !== 0 && report === null;
const crashed = [
  hasCrashed(vitestStatus, vitest),
  hasCrashed(shardedStatus, sharded),
  hasCrashed(playwrightStatus, playwright),
].filter(Boolean).length;
failed += crashed;

if (flaky > 0)
  console.log(`flaky: ${flaky} Playwright test(s) failed once and passed on the retry`);
console.log(`tests: ${passed} passed, ${failed} failed`);
const allExitedCleanly = [vitestStatus, shardedStatus, playwrightStatus].every(
  (status) => status === 0,
);
process.exit(failed === 0 && allExitedCleanly ? 0 : 1);

import { problemsOfDatabase, problemsOfTraffic, summarizeLoad } from "../e2e/load/check-load";
import { createParticipants } from "../e2e/load/load-plan";
import { runLoad } from "../e2e/load/run-load";
import { startOwnServer } from "../e2e/support/own-server";
import { buildIfStale } from "./build-if-stale";

/**
 * `npm run test:load`: a server of its own on loopback (the e2e database's name with `_load`),
 * LOAD_SECONDS (60) of mixed traffic from LOAD_WORKERS (8) clients over 3 workspaces of 2 keys
 * each, then the checks: no 5xx, limits per key, a consistent database. Prints the figures.
 */
const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const workers = Number(process.env.LOAD_WORKERS ?? 8);

buildIfStale();
const server = await startOwnServer({ name: "load", command: "next" });
let failed = true;
try {
  const participants = await createParticipants(server.databaseUrl, 3);
  const records = await runLoad({ baseUrl: server.url, participants, seconds, workers });
  const summary = summarizeLoad(records, seconds);
  console.log(JSON.stringify({ seconds, workers, ...summary }, null, 2));
  const problems = [
    ...problemsOfTraffic(records),
    ...(await problemsOfDatabase(server.databaseUrl, participants, records)),
  ];
  for (const problem of problems) console.error(`problem: ${problem}`);
  failed = problems.length > 0;
  console.log(failed ? "load test: FAILED" : "load test: passed");
} finally {
  server.kill();
}
process.exit(failed ? 1 : 0);

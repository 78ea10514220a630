import postgres from "postgres";
import { MAX_SIGN_IN_ATTEMPTS, RATE_LIMIT_PER_MINUTE } from "@/lib/limits";
import type { LoadParticipants } from "./load-plan";
import type { LoadRecord, Operation } from "./run-load";

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function latencies(records: readonly LoadRecord[]) {
  const sorted = records.map((record) => record.ms).sort((a, b) => a - b);
  return { p50: Math.round(percentile(sorted, 50)), p99: Math.round(percentile(sorted, 99)) };
}

function statusCounts(records: readonly LoadRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { status } of records) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

/** Requests, statuses and latencies, overall and per operation. */
export function summarizeLoad(records: readonly LoadRecord[], seconds: number) {
  const operations = [...new Set(records.map((record) => record.operation))].sort();
  return {
    requests: records.length,
    perSecond: Math.round(records.length / seconds),
    ...latencies(records),
    statuses: statusCounts(records),
    operations: Object.fromEntries(
      operations.map((operation) => {
        const of = records.filter((record) => record.operation === operation);
        return [operation, { requests: of.length, ...latencies(of), statuses: statusCounts(of) }];
      }),
    ) as Record<
      Operation,
      { requests: number; p50: number; p99: number; statuses: Record<string, number> }
    >,
  };
}

/**
 * What the traffic itself must show: every request answered and none with a 5xx; each key's
 * requests allowed up to the rate limit in each window, and refused past it; the guessed account
 * answering "wrong password" no more than the lockout allows.
 */
export function problemsOfTraffic(records: readonly LoadRecord[]): string[] {
  const problems: string[] = [];
  const unanswered = records.filter((record) => record.status === 0).length;
  if (unanswered > 0) problems.push(`${unanswered} requests got no answer`);
  const failed = records.filter((record) => record.status >= 500);
  if (failed.length > 0) {
    problems.push(`${failed.length} answers were 5xx: ${JSON.stringify(statusCounts(failed))}`);
  }
  const windows = new Map<string, { allowed: number; limited: number }>();
  for (const record of records) {
    if (!record.key || !record.window) continue;
    const id = `${record.key.slice(0, 10)}… window ${record.window}`;
    const counted = windows.get(id) ?? { allowed: 0, limited: 0 };
    if (record.status === 429) counted.limited += 1;
    else counted.allowed += 1;
    windows.set(id, counted);
  }
  for (const [id, { allowed, limited }] of windows) {
    if (allowed > RATE_LIMIT_PER_MINUTE) problems.push(`${id}: ${allowed} requests allowed`);
    if (limited > 0 && allowed < RATE_LIMIT_PER_MINUTE) {
      problems.push(`${id}: refused after only ${allowed} requests`);
    }
  }
  if (windows.size === 0) problems.push("no API request carried rate-limit headers");
  const guesses = records.filter((record) => record.operation === "guess");
  const checked = guesses.filter((record) => record.status === 401).length;
  if (checked > MAX_SIGN_IN_ATTEMPTS) problems.push(`${checked} password guesses were checked`);
  const other = guesses.filter((record) => record.status !== 401 && record.status !== 429);
  if (other.length > 0) problems.push(`guesses answered ${JSON.stringify(statusCounts(other))}`);
  return problems;
}

/**
 * What the database must hold afterwards: in each workspace exactly the leads the successful
 * writes sent, once each; no import left running; every import's counts adding up to its rows.
 */
export async function problemsOfDatabase(
  databaseUrl: string,
  participants: LoadParticipants,
  records: readonly LoadRecord[],
): Promise<string[]> {
  const problems: string[] = [];
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    for (const [index, workspace] of participants.workspaces.entries()) {
      const sent = new Set(
        records
          .filter((record) => record.workspace === index)
          .flatMap((record) => record.emails ?? []),
      );
      const [stored] = await sql`
        select count(*)::int as leads, count(distinct email_key)::int as emails,
          count(*) filter (where not (email_key = any(${[...sent]})))::int as unknown
        from leads where workspace_id = ${workspace.workspaceId} and deleted_at is null`;
      if (stored?.leads !== sent.size || stored?.emails !== sent.size || stored?.unknown !== 0) {
        problems.push(
          `workspace ${index}: ${JSON.stringify(stored)} stored for ${sent.size} emails sent`,
        );
      }
      const imports = await sql`
        select id, status, total_rows, counts from imports where workspace_id = ${workspace.workspaceId}`;
      for (const run of imports) {
        if (run.status === "running") problems.push(`import ${run.id} is still running`);
        const counted = Object.values(run.counts as Record<string, number>).reduce(
          (a, b) => a + b,
          0,
        );
        if (run.status === "finished" && counted !== run.total_rows) {
          problems.push(`import ${run.id}: counts ${counted} for ${run.total_rows} rows`);
        }
      }
    }
  } finally {
    await sql.end();
  }
  return problems;
}

import { sql } from "drizzle-orm";
import { type Db, rowsOf } from "@/db/client";
import { RATE_LIMIT_PER_MINUTE } from "@/lib/limits";

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Unix seconds when the current window ends. */
  resetAt: number;
  isLimited: boolean;
  retryAfterSeconds: number;
}

/**
 * Counts this request in the key's current one-minute window. The counter lives in PostgreSQL
 * (one upsert), so every app server shares it.
 */
export async function consumeRateLimit(db: Db, keyId: string): Promise<RateLimitState> {
  const result = await db.execute(sql`
    insert into rate_limits (key_id, window_start, count)
    values (${keyId}, date_trunc('minute', now()), 1)
    on conflict (key_id, window_start) do update set count = rate_limits.count + 1
    returning count,
      extract(epoch from window_start)::bigint + 60 as reset_at,
      extract(epoch from now()) as now`);
  const [row] = rowsOf<{ count: number; reset_at: string | number; now: string | number }>(result);
  if (!row) throw new Error("rate limit upsert returned no row");
  if (Math.random() < 0.01) void pruneOldWindows(db);
  const resetAt = Number(row.reset_at);
  const count = Number(row.count);
  return {
    limit: RATE_LIMIT_PER_MINUTE,
    remaining: Math.max(0, RATE_LIMIT_PER_MINUTE - count),
    resetAt,
    isLimited: count > RATE_LIMIT_PER_MINUTE,
    retryAfterSeconds: Math.max(1, Math.ceil(resetAt - Number(row.now))),
  };
}

export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  const headers: Record<string, string> = {
    "X-RateLimit-Limit": String(state.limit),
    "X-RateLimit-Remaining": String(state.remaining),
    "X-RateLimit-Reset": String(state.resetAt),
  };
  if (state.isLimited) headers["Retry-After"] = String(state.retryAfterSeconds);
  return headers;
}

async function pruneOldWindows(db: Db): Promise<void> {
  await db
    .execute(sql`delete from rate_limits where window_start < now() - interval '10 minutes'`)
    .catch(() => {});
}

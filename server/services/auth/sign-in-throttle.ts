import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { type DbOrTx, rowsOf } from "@/db/client";
import { signInAttempts } from "@/db/schema";
import { MAX_SIGN_IN_ATTEMPTS, SIGN_IN_WINDOW_MINUTES } from "@/lib/limits";
import { ServiceError } from "@/server/errors";

function emailHash(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

/**
 * Counts an attempt on the account before its password is checked, in one upsert, so concurrent
 * attempts (a batch of guesses) cannot all slip in before the first is counted. Over the limit
 * it refuses with RATE_LIMITED, known account or not, so the answer tells nothing about either.
 */
export async function claimSignInAttempt(db: DbOrTx, email: string): Promise<void> {
  const window = sql.raw(`interval '${SIGN_IN_WINDOW_MINUTES} minutes'`);
  const [row] = rowsOf<{ attempts: number; retry_after: string | number }>(
    await db.execute(sql`
      insert into sign_in_attempts (email_hash, attempts, window_started_at)
      values (${emailHash(email)}, 1, now())
      on conflict (email_hash) do update set
        attempts = case when sign_in_attempts.window_started_at < now() - ${window}
                        then 1 else sign_in_attempts.attempts + 1 end,
        window_started_at = case when sign_in_attempts.window_started_at < now() - ${window}
                                 then now() else sign_in_attempts.window_started_at end
      returning attempts, ceil(extract(epoch from window_started_at + ${window} - now())) as retry_after`),
  );
  if (!row) throw new Error("sign-in attempt upsert returned no row");
  if (Math.random() < 0.01) void pruneEndedWindows(db);
  if (row.attempts <= MAX_SIGN_IN_ATTEMPTS) return;
  const retryAfterSeconds = Math.max(1, Number(row.retry_after));
  throw new ServiceError(
    "RATE_LIMITED",
    `Too many sign-in attempts for this account; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
    { retryAfterSeconds },
  );
}

export async function clearSignInAttempts(db: DbOrTx, email: string): Promise<void> {
  await db.delete(signInAttempts).where(eq(signInAttempts.emailHash, emailHash(email)));
}

async function pruneEndedWindows(db: DbOrTx): Promise<void> {
  const window = sql.raw(`interval '${SIGN_IN_WINDOW_MINUTES} minutes'`);
  await db
    .execute(sql`delete from sign_in_attempts where window_started_at < now() - ${window}`)
    .catch(() => {});
}

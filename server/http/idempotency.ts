import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import { echoableText } from "@/lib/cleanup/storable-text";
import { ServiceError } from "@/server/errors";
import { isProcessAlive, processId } from "@/server/process-lease";
import type { ServiceContext } from "@/server/services/context";
import { successBody } from "./envelope";

interface StoredKey {
  request_hash: string;
  response_status: number | null;
  response_body: unknown;
  is_claimed: boolean;
}

/**
 * Idempotency-Key (seeds' README): the same key and body within 24 hours replays the stored
 * answer with `Idempotent-Replayed: true`; another body is 422; a first request still running is
 * 409. Only successes are stored: a failed request leaves the key free to try again, and so does
 * one whose server process is gone (a crash): the key names the process, and a retry takes it
 * over the moment that process's lease is free (see server/process-lease.ts).
 */
export async function withIdempotency(
  ctx: ServiceContext,
  request: Request,
  bodyHash: string,
  run: () => Promise<{ status: number; data: unknown }>,
): Promise<Response | { status: number; data: unknown }> {
  const key = request.headers.get("idempotency-key")?.trim();
  if (!key) return run();
  if (key.length > 255) {
    throw new ServiceError("VALIDATION_ERROR", "Idempotency-Key must be at most 255 characters");
  }
  const requestHash = `${request.method} ${new URL(request.url).pathname} ${bodyHash}`;
  const [stored] = rowsOf<StoredKey>(
    await ctx.db.execute(sql`
      insert into idempotency_keys (workspace_id, key, request_hash, runner_id)
      values (${ctx.workspaceId}, ${key}, ${requestHash}, ${processId()})
      on conflict (workspace_id, key) do update
        set request_hash = excluded.request_hash, response_status = null, response_body = null,
            created_at = now(), completed_at = null, runner_id = excluded.runner_id
        where idempotency_keys.created_at < now() - interval '24 hours'
           or (idempotency_keys.completed_at is null
               and not ${isProcessAlive(sql`idempotency_keys.runner_id`)})
      returning request_hash, response_status, response_body, true as is_claimed`),
  );
  if (!stored) return replayOrRefuse(ctx, key, requestHash);

  try {
    const result = await run();
    await ctx.db.execute(sql`
      update idempotency_keys
      set response_status = ${result.status}, response_body = ${storableJson(successBody(result.data))}::jsonb,
          completed_at = now()
      where workspace_id = ${ctx.workspaceId} and key = ${key}`);
    return result;
  } catch (error) {
    await ctx.db.execute(
      sql`delete from idempotency_keys where workspace_id = ${ctx.workspaceId} and key = ${key}`,
    );
    throw error;
  }
}

/** The answer as jsonb takes it: a text PostgreSQL cannot store (an echoed email) reads U+FFFD. */
function storableJson(value: unknown): string {
  return JSON.stringify(value, (_key, field) =>
    typeof field === "string" ? echoableText(field) : field,
  );
}

async function replayOrRefuse(ctx: ServiceContext, key: string, requestHash: string) {
  const [existing] = rowsOf<StoredKey>(
    await ctx.db.execute(sql`
      select request_hash, response_status, response_body, false as is_claimed
      from idempotency_keys where workspace_id = ${ctx.workspaceId} and key = ${key}`),
  );
  if (!existing) {
    throw new ServiceError(
      "CONFLICT",
      "A request with this Idempotency-Key was just retried; try again",
    );
  }
  if (existing.request_hash !== requestHash) {
    throw new ServiceError(
      "INVALID_BODY",
      "Idempotency-Key was already used with a different request body",
    );
  }
  if (existing.response_status === null) {
    throw new ServiceError("CONFLICT", "A request with this Idempotency-Key is still in progress");
  }
  return Response.json(existing.response_body, {
    status: existing.response_status,
    headers: { "Idempotent-Replayed": "true" },
  });
}

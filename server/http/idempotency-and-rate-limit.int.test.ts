import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as getMe } from "@/app/v1/me/route";
import { openPostgres } from "@/db/client";
import { takeLease } from "@/server/process-lease";
import { leadApi } from "@/server/testing/api-client";
import { callRoute } from "@/server/testing/call-route";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { withTestDatabase } from "@/server/testing/with-test-database";

const database = withTestDatabase();

describe("Idempotency-Key", () => {
  it("replays the stored answer for the same key and body, writing nothing more", async () => {
    const { key } = await createTestWorkspace(database.current.db);
    const api = leadApi(key);
    const body = { leads: [{ email: "once@idem.com" }] };
    const first = await api.bulk(body, { "Idempotency-Key": "k-1" });
    const second = await api.bulk(body, { "Idempotency-Key": "k-1" });
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(second.json).toEqual(first.json);
    expect(first.json.data.imported).toBe(1);
    const list = await api.list();
    expect(list.json.data.leads).toHaveLength(1);
  });

  it("refuses the same key with a different body with 422", async () => {
    const { key } = await createTestWorkspace(database.current.db);
    const api = leadApi(key);
    await api.bulk({ leads: [{ email: "a@idem.com" }] }, { "Idempotency-Key": "k-2" });
    const other = await api.bulk(
      { leads: [{ email: "b@idem.com" }] },
      { "Idempotency-Key": "k-2" },
    );
    expect(other.status).toBe(422);
    expect(other.json.error.code).toBe("INVALID_BODY");
  });

  it("answers 409 while the first request with the key is still running", async () => {
    const { key, workspaceId } = await createTestWorkspace(database.current.db);
    const body = { leads: [{ email: "slow@idem.com" }] };
    const api = leadApi(key);
    // Hold the first request inside its transaction by locking the leads it must write.
    const first = await api.bulk(body, { "Idempotency-Key": "k-3" });
    expect(first.status).toBe(200);
    await database.current.db.execute(
      sql`update idempotency_keys set response_status = null, completed_at = null where workspace_id = ${workspaceId} and key = 'k-3'`,
    );
    const during = await api.bulk(body, { "Idempotency-Key": "k-3" });
    expect(during.status).toBe(409);
    expect(during.json.error.code).toBe("CONFLICT");
  });

  it("lets a retry through at once when the first request's server process is gone", async () => {
    const { key, workspaceId } = await createTestWorkspace(database.current.db);
    const api = leadApi(key);
    const body = { leads: [{ email: "crashed@idem.com" }] };
    expect((await api.bulk(body, { "Idempotency-Key": "k-crash" })).status).toBe(200);
    // As a crash leaves it: claimed, no answer stored, by a process whose lease is free.
    await database.current.db.execute(
      sql`update idempotency_keys set response_status = null, completed_at = null, runner_id = 'crashed-process' where workspace_id = ${workspaceId} and key = 'k-crash'`,
    );
    const retry = await api.bulk(body, { "Idempotency-Key": "k-crash" });
    expect(retry.status).toBe(200);
    expect(retry.headers.get("idempotent-replayed")).toBeNull();
    expect(retry.json.data).toMatchObject({ imported: 0, skipped: 1 });
  });

  it("answers 409 while another live server process runs the first request", async () => {
    const { key, workspaceId } = await createTestWorkspace(database.current.db);
    const api = leadApi(key);
    const body = { leads: [{ email: "elsewhere@idem.com" }] };
    await api.bulk(body, { "Idempotency-Key": "k-live" });
    await database.current.db.execute(
      sql`update idempotency_keys set response_status = null, completed_at = null, runner_id = 'live-process' where workspace_id = ${workspaceId} and key = 'k-live'`,
    );
    const otherProcess = await openPostgres(database.current.url, { max: 1 });
    try {
      const connection = await otherProcess.reserve();
      await takeLease(connection, "live-process");
      connection.release();
      const during = await api.bulk(body, { "Idempotency-Key": "k-live" });
      expect(during.status).toBe(409);
    } finally {
      await otherProcess.close();
    }
    expect((await api.bulk(body, { "Idempotency-Key": "k-live" })).status).toBe(200);
  });

  it("keeps keys of different workspaces apart", async () => {
    const a = await createTestWorkspace(database.current.db);
    const b = await createTestWorkspace(database.current.db);
    const body = { leads: [{ email: "shared@idem.com" }] };
    await leadApi(a.key).bulk(body, { "Idempotency-Key": "same" });
    const other = await leadApi(b.key).bulk(body, { "Idempotency-Key": "same" });
    expect(other.headers.get("idempotent-replayed")).toBeNull();
    expect(other.json.data.imported).toBe(1);
  });
});

describe("rate limit", () => {
  it("answers the 101st request in a minute with 429, Retry-After and the limit headers", async () => {
    const { key } = await createTestWorkspace(database.current.db);
    // Start at the beginning of a minute window so all 101 requests share it.
    const secondsLeft = 60 - new Date().getUTCSeconds();
    if (secondsLeft < 10)
      await new Promise((resolve) => setTimeout(resolve, secondsLeft * 1000 + 100));
    const me = () => callRoute(getMe, { path: "/v1/me", headers: { "X-Api-Key": key } });
    for (let i = 1; i <= 100; i++) {
      const { status, headers } = await me();
      expect(status).toBe(200);
      expect(headers.get("x-ratelimit-remaining")).toBe(String(100 - i));
    }
    const limited = await me();
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe("RATE_LIMITED");
    expect(limited.headers.get("x-ratelimit-limit")).toBe("100");
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    const other = await createTestWorkspace(database.current.db);
    const unaffected = await callRoute(getMe, {
      path: "/v1/me",
      headers: { "X-Api-Key": other.key },
    });
    expect(unaffected.status).toBe(200);
  });
});

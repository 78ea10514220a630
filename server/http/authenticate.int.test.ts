import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as getMe } from "@/app/v1/me/route";
import { apiKeys } from "@/db/schema";
import { revokeApiKey } from "@/server/services/api-keys/revoke-api-key";
import { callRoute } from "@/server/testing/call-route";
import { createTestPlatformUser, createTestWorkspace } from "@/server/testing/test-workspace";
import { withTestDatabase } from "@/server/testing/with-test-database";

const testDatabase = withTestDatabase();

const me = (headers: Record<string, string>) => callRoute(getMe, { path: "/v1/me", headers });

describe("API key authentication", () => {
  it("answers 401 Missing API key when no key is sent", async () => {
    const { status, json } = await me({});
    expect(status).toBe(401);
    expect(json).toEqual({
      success: false,
      error: { code: "UNAUTHORIZED", message: "Missing API key" },
    });
  });

  it.each([
    ["not-a-key"],
    ["sk_short"],
    ["sk_user_zzzz"],
    ["pk_0123456789abcdef0123456789abcdef01234567"],
  ])("answers 401 Invalid API key for the malformed key %s", async (key) => {
    const { status, json } = await me({ "X-Api-Key": key });
    expect(status).toBe(401);
    expect(json.error).toEqual({ code: "UNAUTHORIZED", message: "Invalid API key" });
  });

  it("answers 401 Invalid API key for a well-formed key nobody issued", async () => {
    const { status, json } = await me({ "X-Api-Key": `sk_${"ab".repeat(20)}` });
    expect(status).toBe(401);
    expect(json.error.message).toBe("Invalid API key");
  });

  it("accepts a workspace key in X-Api-Key and names its workspace", async () => {
    const { key, workspaceId } = await createTestWorkspace(testDatabase.current.db, {
      name: "Acme",
    });
    const { status, json } = await me({ "X-Api-Key": key });
    expect(status).toBe(200);
    expect(json.success).toBe(true);
    expect(json.data.workspace).toMatchObject({ id: workspaceId, name: "Acme" });
    expect(json.data.key.kind).toBe("workspace");
  });

  it("accepts the key as Authorization: Bearer", async () => {
    const { key, workspaceId } = await createTestWorkspace(testDatabase.current.db);
    const { status, json } = await me({ Authorization: `Bearer ${key}` });
    expect(status).toBe(200);
    expect(json.data.workspace.id).toBe(workspaceId);
  });

  it("accepts both headers when they carry the same key", async () => {
    const { key } = await createTestWorkspace(testDatabase.current.db);
    const { status } = await me({ "X-Api-Key": key, Authorization: `Bearer ${key}` });
    expect(status).toBe(200);
  });

  it("refuses both headers carrying different keys, even two valid ones", async () => {
    const first = await createTestWorkspace(testDatabase.current.db);
    const second = await createTestWorkspace(testDatabase.current.db);
    const { status, json } = await me({
      "X-Api-Key": first.key,
      Authorization: `Bearer ${second.key}`,
    });
    expect(status).toBe(401);
    expect(json.error.code).toBe("UNAUTHORIZED");
  });

  it("refuses a revoked key as Invalid API key", async () => {
    const { key, keyId, workspaceId } = await createTestWorkspace(testDatabase.current.db);
    expect((await me({ "X-Api-Key": key })).status).toBe(200);
    await revokeApiKey({ db: testDatabase.current.db, workspaceId, keyId });
    const { status, json } = await me({ "X-Api-Key": key });
    expect(status).toBe(401);
    expect(json.error.message).toBe("Invalid API key");
  });

  it("lets a platform key act on the workspace named by X-Workspace-Id", async () => {
    const a = await createTestWorkspace(testDatabase.current.db, { name: "A" });
    const b = await createTestWorkspace(testDatabase.current.db, { name: "B" });
    const { key } = await createTestPlatformUser(testDatabase.current.db, [
      a.workspaceId,
      b.workspaceId,
    ]);
    const { status, json } = await me({ "X-Api-Key": key, "X-Workspace-Id": b.workspaceId });
    expect(status).toBe(200);
    expect(json.data.workspace.name).toBe("B");
    expect(json.data.key.kind).toBe("user");
  });

  it("lets a platform key without X-Workspace-Id act on its user's only workspace", async () => {
    const only = await createTestWorkspace(testDatabase.current.db, { name: "Only" });
    const { key } = await createTestPlatformUser(testDatabase.current.db, [only.workspaceId]);
    const { status, json } = await me({ Authorization: `Bearer ${key}` });
    expect(status).toBe(200);
    expect(json.data.workspace.name).toBe("Only");
  });

  it("asks for X-Workspace-Id when the platform key's user has several workspaces", async () => {
    const a = await createTestWorkspace(testDatabase.current.db);
    const b = await createTestWorkspace(testDatabase.current.db);
    const { key } = await createTestPlatformUser(testDatabase.current.db, [
      a.workspaceId,
      b.workspaceId,
    ]);
    const { status, json } = await me({ "X-Api-Key": key });
    expect(status).toBe(400);
    expect(json.error.message).toContain("X-Workspace-Id");
  });

  it("answers 403 when a platform key names a workspace its user is not a member of", async () => {
    const mine = await createTestWorkspace(testDatabase.current.db);
    const theirs = await createTestWorkspace(testDatabase.current.db);
    const { key } = await createTestPlatformUser(testDatabase.current.db, [mine.workspaceId]);
    const { status, json } = await me({ "X-Api-Key": key, "X-Workspace-Id": theirs.workspaceId });
    expect(status).toBe(403);
    expect(json.error.code).toBe("FORBIDDEN");
  });

  it("answers 403 when a workspace key names another workspace", async () => {
    const mine = await createTestWorkspace(testDatabase.current.db);
    const theirs = await createTestWorkspace(testDatabase.current.db);
    const { status } = await me({ "X-Api-Key": mine.key, "X-Workspace-Id": theirs.workspaceId });
    expect(status).toBe(403);
  });

  it("stores only a SHA-256 hash of each key, never the key itself", async () => {
    const { key, keyId } = await createTestWorkspace(testDatabase.current.db);
    const [row] = await testDatabase.current.db.select().from(apiKeys).where(eq(apiKeys.id, keyId));
    expect(row).toBeDefined();
    const stored = Object.values(row ?? {}).map(String);
    expect(stored.some((value) => value.includes(key))).toBe(false);
    expect(stored.some((value) => value.includes(key.slice(12)))).toBe(false);
    expect(row?.keyHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("puts the rate-limit headers on every authenticated answer", async () => {
    const { key } = await createTestWorkspace(testDatabase.current.db);
    const { headers } = await me({ "X-Api-Key": key });
    expect(headers.get("x-ratelimit-limit")).toBe("100");
    expect(headers.get("x-ratelimit-remaining")).toBe("99");
    expect(Number(headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);
  });
});

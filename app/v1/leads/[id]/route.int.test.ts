import { describe, expect, it } from "vitest";
import { workspaceWithLeadApi } from "@/server/testing/api-client";
import { withTestDatabase } from "@/server/testing/with-test-database";

const database = withTestDatabase();
const newApi = async () => (await workspaceWithLeadApi(database.current.db)).api;

describe("the lead resource", () => {
  it("reads, patches and soft-deletes a lead; a deleted lead is then not found", async () => {
    const api = await newApi();
    const { json } = await api.create({
      email: "p@acme.com",
      firstName: "Pat",
      customFields: { a: "1", b: "2" },
    });
    const id = json.data.id;
    expect((await api.get(id)).json.data.email).toBe("p@acme.com");
    const patched = await api.patch(id, {
      lastName: "Lee",
      customFields: { a: null, c: "3" },
      tags: ["x"],
    });
    expect(patched.status).toBe(200);
    expect(patched.json.data).toMatchObject({
      firstName: "Pat",
      lastName: "Lee",
      tags: ["x"],
      customFields: { b: "2", c: "3" },
    });
    expect((await api.remove(id)).status).toBe(200);
    expect((await api.get(id)).status).toBe(404);
    expect((await api.patch(id, { firstName: "Z" })).status).toBe(404);
    expect((await api.remove(id)).status).toBe(404);
    expect((await api.list()).json.data.leads).toHaveLength(0);
  });

  it("answers 404 for another workspace's lead id, exactly as for a made-up one", async () => {
    const mine = await newApi();
    const theirs = await newApi();
    const { json } = await theirs.create({ email: "secret@other.com" });
    const foreign = await mine.get(json.data.id);
    const madeUp = await mine.get("665d4e5f6a7b8c9d0e1f2a3b");
    expect(foreign.status).toBe(404);
    expect(foreign.json).toEqual(madeUp.json);
    expect((await mine.patch(json.data.id, { firstName: "X" })).status).toBe(404);
    expect((await mine.remove(json.data.id)).status).toBe(404);
    expect((await theirs.get(json.data.id)).status).toBe(200);
  });

  it("refuses a field over its limit with 400, on create and on update, storing nothing", async () => {
    const api = await newApi();
    const created = await api.create({ email: "long@acme.com", notes: "n".repeat(65_536) });
    expect(created.status).toBe(400);
    expect(created.json.error).toEqual({
      code: "VALIDATION_ERROR",
      message: '"notes" is longer than 65,535 characters',
    });
    const { json } = await api.create({ email: "fits@acme.com" });
    const patched = await api.patch(json.data.id, { tags: ["t".repeat(101)] });
    expect(patched.status).toBe(400);
    expect(patched.json.error.message).toMatch(/^Tag ".*" is longer than 100 characters$/);
    expect((await api.get(json.data.id)).json.data.tags).toEqual([]);
  });

  it("stores an update's text without what PostgreSQL cannot store", async () => {
    const api = await newApi();
    const { json } = await api.create({ email: "nul@acme.com" });
    const patched = await api.patch(json.data.id, {
      firstName: "Pa\u0000t",
      tags: ["x\u0000"],
      customFields: { "Lead\u0000Source": "w\uD800b" },
    });
    expect(patched.status).toBe(200);
    expect(patched.json.data).toMatchObject({
      firstName: "Pat",
      tags: ["x"],
      customFields: { LeadSource: "w\uFFFDb" },
    });
  });
});

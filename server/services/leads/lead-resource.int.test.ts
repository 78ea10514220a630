import { describe, expect, it } from "vitest";
import { leadApi } from "@/server/testing/api-client";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { withTestDatabase } from "@/server/testing/with-test-database";

const database = withTestDatabase();

async function newApi() {
  const { key } = await createTestWorkspace(database.current.db);
  return leadApi(key);
}

describe("the lead resource", () => {
  it("creates one lead with 201, cleaned, and answers 409 for an active duplicate", async () => {
    const api = newApi();
    const created = await (await api).create({
      email: " Mailto:JOHN@ACME.COM ",
      firstName: "JOHN",
      company: "Acme",
    });
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({
      email: "john@acme.com",
      firstName: "John",
      companyName: "Acme",
    });
    const again = await (await api).create({ email: "john@acme.com" });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe("CONFLICT");
  });

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

  it("pages through leads with a cursor and filters by tag, search, email status and country", async () => {
    const api = await newApi();
    await api.bulk({
      leads: Array.from({ length: 25 }, (_, i) => ({
        email: `l${i}@page.com`,
        firstName: i % 2 ? "Odd" : "Even",
        tags: i % 5 === 0 ? ["five"] : [],
        country: i < 3 ? "DE" : "US",
        emailStatus: i === 7 ? "valid" : undefined,
      })),
    });
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const page = await api.list(`?limit=10${cursor ? `&cursor=${cursor}` : ""}`);
      for (const lead of page.json.data.leads) seen.add(lead.id);
      cursor = page.json.data.nextCursor;
    } while (cursor);
    expect(seen.size).toBe(25);
    expect((await api.list("?tag=five")).json.data.leads).toHaveLength(5);
    expect((await api.list("?search=odd")).json.data.leads).toHaveLength(12);
    expect((await api.list("?emailStatus=valid")).json.data.leads).toHaveLength(1);
    expect((await api.list("?country=DE")).json.data.leads).toHaveLength(3);
    expect((await api.list("?country=DE&search=even")).json.data.leads).toHaveLength(2);
    expect((await api.list("?cursor=garbage")).status).toBe(400);
  });
});

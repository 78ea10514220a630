import { describe, expect, it } from "vitest";
import { workspaceWithLeadApi } from "@/server/testing/api-client";
import { withTestDatabase } from "@/server/testing/with-test-database";

const database = withTestDatabase();
const newApi = async () => (await workspaceWithLeadApi(database.current.db)).api;

describe("the lead collection", () => {
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

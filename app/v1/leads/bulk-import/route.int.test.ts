import { describe, expect, it } from "vitest";
import { activeLeads as activeLeadsIn, workspaceWithLeadApi } from "@/server/testing/api-client";
import { withTestDatabase } from "@/server/testing/with-test-database";

const database = withTestDatabase();
const newWorkspace = () => workspaceWithLeadApi(database.current.db);
const activeLeads = (workspaceId: string) => activeLeadsIn(database.current.db, workspaceId);

describe("POST /v1/leads/bulk-import (seed 003)", () => {
  it("reports created, restored, duplicates and errors that add up to the leads sent", async () => {
    const { api } = await newWorkspace();
    await api.bulkImport({ leads: [{ email: "active@acme.com" }, { email: "deleted@acme.com" }] });
    const listed = await api.list("?search=deleted");
    await api.remove(listed.json.data.leads[0].id);

    const { status, json } = await api.bulkImport({
      leads: [
        { email: "new@acme.com", company: "Acme", title: "CTO" },
        { email: "active@acme.com" },
        { email: "deleted@acme.com" },
        { email: "NEW@acme.com" },
        { email: "broken" },
      ],
    });
    expect(status).toBe(200);
    expect(json.data).toEqual({
      created: 1,
      restored: 1,
      duplicates: 2,
      errors: 1,
      duplicateEmails: ["active@acme.com", "NEW@acme.com"],
      errorDetails: [{ index: 4, email: "broken", error: "Invalid email format" }],
    });
    const created = await api.list("?search=new%40acme");
    expect(created.json.data.leads[0]).toMatchObject({ companyName: "Acme", jobTitle: "CTO" });
  });

  it("counts a soft-deleted match as a duplicate when restoreDeleted is false", async () => {
    const { api, workspaceId } = await newWorkspace();
    const first = await api.bulkImport({ leads: [{ email: "old@acme.com" }] });
    expect(first.json.data.created).toBe(1);
    const [lead] = await activeLeads(workspaceId);
    await api.remove(lead?.id as string);
    const { json } = await api.bulkImport({
      leads: [{ email: "old@acme.com" }],
      restoreDeleted: false,
    });
    expect(json.data).toMatchObject({ created: 0, restored: 0, duplicates: 1, errors: 0 });
    expect(await activeLeads(workspaceId)).toHaveLength(0);
  });

  it("accepts 1,000 leads and refuses 1,001", async () => {
    const { api } = await newWorkspace();
    const make = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ email: `l${i}@bi.example` }));
    expect((await api.bulkImport({ leads: make(1001) })).status).toBe(400);
    const accepted = await api.bulkImport({ leads: make(1000) });
    expect(accepted.json.data.created).toBe(1000);
  });
});

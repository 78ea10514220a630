import { describe, expect, it } from "vitest";
import { leadApi } from "@/server/testing/api-client";
import { workspaceWithCampaign } from "@/server/testing/campaign-api-client";
import { withTestDatabase } from "@/server/testing/with-test-database";

const database = withTestDatabase();

const setUp = (status?: "draft" | "active") => workspaceWithCampaign(database.current.db, status);

async function seedLeads(api: ReturnType<typeof leadApi>, leads: object[]): Promise<string[]> {
  const { json } = await api.bulk({ leads });
  return json.data.importedLeadIds;
}

describe("POST /v1/campaigns/{id}/leads (seed 004)", () => {
  it("refuses a body with none of the three modes with the seed's message", async () => {
    const { campaigns, campaign } = await setUp();
    for (const body of [{}, { selectAll: false }, { excludeIds: ["x"] }]) {
      const response = await campaigns.addLeads(campaign.id, body);
      expect(response.status).toBe(400);
      expect(response.json.error).toEqual({
        code: "VALIDATION_ERROR",
        message: "Provide leads array, filters, or selectAll: true",
      });
    }
  });

  it("mode 1: adds by id and by email, creating new leads, with the seed's errors", async () => {
    const { campaigns, leads, campaign } = await setUp();
    const [existingId] = await seedLeads(leads, [{ email: "known@acme.com" }]);
    const response = await campaigns.addLeads(campaign.id, {
      leads: [
        { email: "john@acme.com", firstName: "John", lastName: "Doe", companyName: "Acme Corp" },
        { email: "jane@example.com", firstName: "Jane" },
        { leadId: existingId },
        { email: "invalid@" },
        { leadId: "665d4e5f6a7b8c9d0e1f2a3b" },
      ],
    });
    expect(response.status).toBe(200);
    expect(response.json.data).toEqual({
      added: 3,
      skipped: 0,
      errors: [
        { entry: { email: "invalid@" }, message: "Either leadId or email is required" },
        { entry: { leadId: "665d4e5f6a7b8c9d0e1f2a3b" }, message: "Lead not found" },
      ],
    });
    const created = await leads.list("?search=john%40acme.com");
    expect(created.json.data.leads[0]).toMatchObject({
      firstName: "John",
      companyName: "Acme Corp",
    });
  });

  it("skips leads already in the campaign and leads repeated in the same request", async () => {
    const { campaigns, leads, campaign } = await setUp();
    const [a, b] = await seedLeads(leads, [{ email: "a@acme.com" }, { email: "b@acme.com" }]);
    await campaigns.addLeads(campaign.id, { leads: [{ leadId: a }] });
    const response = await campaigns.addLeads(campaign.id, {
      leads: [
        { leadId: a },
        { leadId: b },
        { leadId: b },
        { email: "B@acme.com" },
        { email: "c@acme.com" },
        { email: "C@ACME.com" },
      ],
    });
    expect(response.json.data).toEqual({ added: 2, skipped: 4 });
    expect((await campaigns.get(campaign.id)).json.data.leadCounts.total).toBe(3);
  });

  it("makes memberships active in an active campaign and pending otherwise", async () => {
    const active = await setUp("active");
    const draft = await setUp("draft");
    for (const { campaigns, campaign, leads } of [active, draft]) {
      const ids = await seedLeads(leads, [{ email: "m@acme.com" }]);
      await campaigns.addLeads(campaign.id, { leads: ids.map((leadId) => ({ leadId })) });
    }
    const activeMembers = await active.campaigns.members(active.campaign.id);
    const draftMembers = await draft.campaigns.members(draft.campaign.id);
    expect(activeMembers.json.data.leads[0].membershipStatus).toBe("active");
    expect(draftMembers.json.data.leads[0].membershipStatus).toBe("pending");
    expect((await active.campaigns.get(active.campaign.id)).json.data.leadCounts).toMatchObject({
      total: 1,
      active: 1,
    });
  });

  it("treats another workspace's lead id as not found", async () => {
    const mine = await setUp();
    const theirs = await setUp();
    const [foreign] = await seedLeads(theirs.leads, [{ email: "secret@other.com" }]);
    const response = await mine.campaigns.addLeads(mine.campaign.id, {
      leads: [{ leadId: foreign }],
    });
    expect(response.json.data).toEqual({
      added: 0,
      skipped: 0,
      errors: [{ entry: { leadId: foreign }, message: "Lead not found" }],
    });
    const byFilter = await mine.campaigns.addLeads(mine.campaign.id, {
      filters: { leadIds: [foreign as string] },
    });
    expect(byFilter.json.data).toEqual({ added: 0, skipped: 0, matched: 0 });
  });

  it("accepts 5,000 entries and refuses 5,001", async () => {
    const { campaigns, campaign } = await setUp();
    const entries = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ email: `e${i}@many.com` }));
    const refused = await campaigns.addLeads(campaign.id, { leads: entries(5001) });
    expect(refused.status).toBe(400);
    const accepted = await campaigns.addLeads(campaign.id, { leads: entries(5000) });
    expect(accepted.json.data).toEqual({ added: 5000, skipped: 0 });
  });

  it("mode 2: combines filters with AND (tags any-of, search, emailStatus, country, leadIds)", async () => {
    const { campaigns, leads, campaign } = await setUp();
    const ids = await seedLeads(leads, [
      { email: "1@f.com", firstName: "Ada", tags: ["vip"], country: "DE", emailStatus: "valid" },
      {
        email: "2@f.com",
        firstName: "Bob",
        tags: ["vip", "cold"],
        country: "DE",
        emailStatus: "valid",
      },
      { email: "3@f.com", firstName: "Cy", tags: ["cold"], country: "US", emailStatus: "valid" },
      { email: "4@f.com", firstName: "Dee", tags: [], country: "DE", emailStatus: "invalid" },
      {
        email: "5@f.com",
        companyName: "Adamant GmbH",
        tags: ["warm"],
        country: "DE",
        emailStatus: "valid",
      },
    ]);
    const add = (filters: object) => campaigns.addLeads(campaign.id, { filters });
    const tagged = await add({ tags: ["vip", "warm"], country: ["DE"], emailStatus: ["valid"] });
    expect(tagged.json.data).toEqual({ added: 3, skipped: 0, matched: 3 });
    const searched = await add({ search: "ADA" });
    expect(searched.json.data).toEqual({ added: 0, skipped: 2, matched: 2 });
    const byIds = await add({ leadIds: [ids[2], ids[3]], tags: ["cold"] });
    expect(byIds.json.data).toEqual({ added: 1, skipped: 0, matched: 1 });
    expect((await add({})).status).toBe(400);
  });

  it("mode 3: selectAll with excludeIds, never adding soft-deleted leads", async () => {
    const { campaigns, leads, campaign } = await setUp();
    const ids = await seedLeads(
      leads,
      Array.from({ length: 6 }, (_, i) => ({ email: `s${i}@all.com` })),
    );
    await leads.remove(ids[0] as string);
    const response = await campaigns.addLeads(campaign.id, {
      selectAll: true,
      excludeIds: [ids[1]],
    });
    expect(response.json.data).toEqual({ added: 4, skipped: 0, matched: 4 });
    const again = await campaigns.addLeads(campaign.id, { selectAll: true });
    expect(again.json.data).toEqual({ added: 1, skipped: 4, matched: 5 });
    const filtered = await campaigns.addLeads(campaign.id, { filters: { leadIds: [ids[0]] } });
    expect(filtered.json.data.matched).toBe(0);
    const byId = await campaigns.addLeads(campaign.id, { leads: [{ leadId: ids[0] }] });
    expect(byId.json.data.errors[0].message).toBe("Lead not found");
  });

  it("keeps member counts right when a member is soft-deleted and restored", async () => {
    const { campaigns, leads, campaign } = await setUp();
    const ids = await seedLeads(leads, [{ email: "r1@c.com" }, { email: "r2@c.com" }]);
    await campaigns.addLeads(campaign.id, { selectAll: true });
    expect((await campaigns.get(campaign.id)).json.data.leadCounts.total).toBe(2);
    await leads.remove(ids[0] as string);
    expect((await campaigns.get(campaign.id)).json.data.leadCounts.total).toBe(1);
    const restored = await leads.bulkImport({ leads: [{ email: "r1@c.com" }] });
    expect(restored.json.data.restored).toBe(1);
    expect((await campaigns.get(campaign.id)).json.data.leadCounts).toMatchObject({
      total: 2,
      pending: 2,
    });
  });
});

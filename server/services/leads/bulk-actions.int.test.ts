import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rowsOf } from "@/db/client";
import type { LeadSelection } from "@/lib/schemas/lead-selection";
import { addLeadsToCampaign } from "@/server/services/campaigns/add-leads-to-campaign";
import { createCampaign } from "@/server/services/campaigns/create-campaign";
import { getCampaign } from "@/server/services/campaigns/get-campaign";
import { removeCampaignLeads } from "@/server/services/campaigns/remove-campaign-leads";
import { leadApi } from "@/server/testing/api-client";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { withTestDatabase } from "@/server/testing/with-test-database";
import { countLeads } from "./count-leads";
import { deleteLeads } from "./delete-leads";
import { listLeads } from "./list-leads";
import { tagLeads } from "./tag-leads";

const database = withTestDatabase();

/** A workspace with ten leads: l0…l9, even ones from DE and tagged `even`, the rest from US. */
async function setUp() {
  const { key, workspaceId } = await createTestWorkspace(database.current.db);
  const leads = Array.from({ length: 10 }, (_, i) => ({
    email: `l${i}@bulk.example.com`,
    firstName: `Lead${i}`,
    country: i % 2 === 0 ? "DE" : "US",
    tags: i % 2 === 0 ? ["even"] : [],
  }));
  const { json } = await leadApi(key).bulk({ leads });
  const ids = json.data.importedLeadIds as string[];
  const ctx = { ...database.context(workspaceId), actor: { userId: null, apiKeyId: null } };
  return { ctx, ids, workspaceId, key };
}

async function emailsOf(ctx: Awaited<ReturnType<typeof setUp>>["ctx"], query = {}) {
  const { leads } = await listLeads({ ctx, input: { limit: 200, ...query } });
  return leads.map((lead) => lead.email).sort();
}

async function eventCount(workspaceId: string, kind: string): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await database.current.db.execute(
      sql`select count(*)::int as n from lead_events where workspace_id = ${workspaceId} and kind = ${kind}`,
    ),
  );
  return row?.n ?? 0;
}

describe("bulk tag", () => {
  it("adds a tag to everything a filter matches, leaving leads that have it unchanged", async () => {
    const { ctx, workspaceId } = await setUp();
    const selection: LeadSelection = { filters: { country: ["DE"] } };
    await tagLeads({
      ctx,
      input: { selection: { filters: { search: "Lead0" } }, tag: "vip", action: "add" },
    });
    const result = await tagLeads({ ctx, input: { selection, tag: "vip", action: "add" } });
    expect(result).toEqual({ matched: 5, changed: 4 });
    expect(await emailsOf(ctx, { tags: ["vip"] })).toEqual(
      [0, 2, 4, 6, 8].map((i) => `l${i}@bulk.example.com`),
    );
    const [lead] = (await listLeads({ ctx, input: { limit: 1, search: "l2@" } })).leads;
    expect(lead?.tags).toEqual(["even", "vip"]);
    expect(await eventCount(workspaceId, "tag-added")).toBe(5);
  });

  it("removes a tag from every lead but those excluded, with select-all", async () => {
    const { ctx, ids, workspaceId } = await setUp();
    const result = await tagLeads({
      ctx,
      input: {
        selection: { selectAll: true, excludeIds: [ids[0] as string] },
        tag: "even",
        action: "remove",
      },
    });
    expect(result).toEqual({ matched: 9, changed: 4 });
    expect(await emailsOf(ctx, { tags: ["even"] })).toEqual(["l0@bulk.example.com"]);
    expect(await eventCount(workspaceId, "tag-removed")).toBe(4);
  });

  it("refuses a selection with no mode, or a filter with no condition", async () => {
    const { ctx } = await setUp();
    await expect(
      tagLeads({ ctx, input: { selection: {}, tag: "x", action: "add" } }),
    ).rejects.toMatchObject({
      code: "VALIDATION_ERROR",
      message: "Provide filters or selectAll: true",
    });
    await expect(
      tagLeads({ ctx, input: { selection: { filters: {} }, tag: "x", action: "add" } }),
    ).rejects.toMatchObject({ code: "VALIDATION_ERROR" });
  });

  it("never touches another workspace's leads, even when named by id", async () => {
    const mine = await setUp();
    const theirs = await setUp();
    const result = await tagLeads({
      ctx: mine.ctx,
      input: { selection: { filters: { leadIds: theirs.ids } }, tag: "stolen", action: "add" },
    });
    expect(result).toEqual({ matched: 0, changed: 0 });
    expect(await emailsOf(theirs.ctx, { tags: ["stolen"] })).toEqual([]);
  });
});

describe("bulk delete", () => {
  it("soft-deletes what the selection matches and records each lead's delete", async () => {
    const { ctx, workspaceId } = await setUp();
    const result = await deleteLeads({
      ctx,
      input: { selection: { filters: { country: ["US"] } } },
    });
    expect(result).toEqual({ deleted: 5 });
    expect(await countLeads({ ctx, input: {} })).toEqual({ count: 5 });
    expect(await eventCount(workspaceId, "deleted")).toBe(5);
    expect(
      await deleteLeads({ ctx, input: { selection: { filters: { country: ["US"] } } } }),
    ).toEqual({
      deleted: 0,
    });
  });
});

describe("filters of the leads page", () => {
  it("match leads in or not in a campaign, and by creation date", async () => {
    const { ctx, ids } = await setUp();
    const campaign = await createCampaign({ ctx, input: { name: "Q1" } });
    await addLeadsToCampaign({
      ctx,
      campaignId: campaign.id,
      input: { filters: { leadIds: ids.slice(0, 3) } },
    });
    expect(await countLeads({ ctx, input: { campaignId: campaign.id } })).toEqual({ count: 3 });
    expect(await countLeads({ ctx, input: { notInCampaignId: campaign.id } })).toEqual({
      count: 7,
    });
    expect(
      await countLeads({ ctx, input: { notInCampaignId: campaign.id, country: ["DE"] } }),
    ).toEqual({ count: 3 });
    const future = new Date(Date.now() + 60_000).toISOString();
    const past = new Date(Date.now() - 60_000).toISOString();
    expect(await countLeads({ ctx, input: { createdFrom: future } })).toEqual({ count: 0 });
    expect(await countLeads({ ctx, input: { createdFrom: past, createdBefore: future } })).toEqual({
      count: 10,
    });
    expect(await countLeads({ ctx, input: { createdBefore: "2000-01-01" } })).toEqual({ count: 0 });
  });

  it("adds everything a page filter matches to a campaign, minus exclusions, and removes members", async () => {
    const { ctx, ids } = await setUp();
    const campaign = await createCampaign({ ctx, input: { name: "Everything" } });
    const added = await addLeadsToCampaign({
      ctx,
      campaignId: campaign.id,
      input: { filters: { tags: ["even"] }, excludeIds: [ids[0] as string] },
    });
    expect(added).toEqual({ added: 4, skipped: 0, matched: 4 });
    const removed = await removeCampaignLeads({
      ctx,
      campaignId: campaign.id,
      leadIds: [ids[2] as string, ids[1] as string],
    });
    expect(removed).toEqual({ removed: 1 });
    expect((await getCampaign({ ctx, campaignId: campaign.id })).leadCounts.total).toBe(3);
  });
});

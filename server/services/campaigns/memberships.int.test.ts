import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rowsOf, type Tx } from "@/db/client";
import { campaignLeads, leads } from "@/db/schema";
import { workspaceWithCampaign } from "@/server/testing/campaign-api-client";
import { withTestDatabase } from "@/server/testing/with-test-database";
import { addLeadsToCampaign } from "./add-leads-to-campaign";
import { deleteCampaign } from "./delete-campaign";
import { insertMembershipsById, type MembershipTarget } from "./insert-memberships";

/*
 * campaign_leads has no foreign keys (db/schema/campaign-leads.ts): what they guaranteed, the
 * membership writes guarantee themselves.
 */

const database = withTestDatabase();

async function setUp() {
  const { workspaceId, campaign, leads: api } = await workspaceWithCampaign(database.current.db);
  const { json } = await api.bulk({
    leads: [{ email: "a@members.dev" }, { email: "b@members.dev" }],
  });
  const leadIds = json.data.importedLeadIds as string[];
  const target: MembershipTarget = { workspaceId, campaignId: campaign.id, status: "pending" };
  return { ctx: database.context(workspaceId), target, leadIds };
}

async function memberCount(target: MembershipTarget): Promise<number> {
  const [row] = await database.current.db
    .select({ count: count() })
    .from(campaignLeads)
    .where(
      and(
        eq(campaignLeads.workspaceId, target.workspaceId),
        eq(campaignLeads.campaignId, target.campaignId),
      ),
    );
  return Number(row?.count ?? 0);
}

async function isWaitingForLock(): Promise<boolean> {
  const rows = rowsOf<{ waiting: number }>(
    await database.current.db.execute(
      "select count(*)::int as waiting from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
    ),
  );
  return (rows[0]?.waiting ?? 0) > 0;
}

describe("campaign memberships", () => {
  it("are deleted with their campaign, and other campaigns keep theirs", async () => {
    const one = await setUp();
    const other = await setUp();
    await insertMembershipsById(database.current.db, one.target, one.leadIds, null);
    await insertMembershipsById(database.current.db, other.target, other.leadIds, null);
    await deleteCampaign({ ctx: one.ctx, campaignId: one.target.campaignId });
    expect(await memberCount(one.target)).toBe(0);
    expect(await memberCount(other.target)).toBe(2);
  });

  it("are never made for a campaign already deleted", async () => {
    const { ctx, target, leadIds } = await setUp();
    await deleteCampaign({ ctx, campaignId: target.campaignId });
    expect(await insertMembershipsById(database.current.db, target, leadIds, null)).toBe(0);
    expect(await memberCount(target)).toBe(0);
  });

  it("are made only for leads of the campaign's workspace", async () => {
    const mine = await setUp();
    const theirs = await setUp();
    const ids = [...mine.leadIds, ...theirs.leadIds, "no-such-lead"];
    expect(await insertMembershipsById(database.current.db, mine.target, ids, null)).toBe(2);
    const [foreign] = await database.current.db
      .select({ count: count() })
      .from(campaignLeads)
      .innerJoin(leads, eq(leads.id, campaignLeads.leadId))
      .where(eq(campaignLeads.campaignId, mine.target.campaignId));
    expect(Number(foreign?.count)).toBe(2);
  });

  it("added while the campaign is being deleted are deleted with it", async () => {
    const { ctx, target, leadIds } = await setUp();
    const adding = await heldTransaction((tx) => insertMembershipsById(tx, target, leadIds, null));
    const deleting = deleteCampaign({ ctx, campaignId: target.campaignId });
    // The deletion waits for the add's transaction; without the campaign's lock it would not,
    // and the add's members would outlive their campaign.
    await untilWaitingForLock();
    await adding.commit();
    await deleting;
    expect(await memberCount(target)).toBe(0);
  });

  it("added by selection wait for an add by id in flight, and count its member as skipped", async () => {
    const { ctx, target, leadIds } = await setUp();
    const first = leadIds.slice(0, 1);
    const adding = await heldTransaction((tx) => insertMembershipsById(tx, target, first, null));
    const addingAll = addLeadsToCampaign({
      ctx,
      campaignId: target.campaignId,
      input: { selectAll: true },
    });
    // Without the campaign's lock the selection would insert the same membership and fail.
    await untilWaitingForLock();
    await adding.commit();
    expect(await addingAll).toEqual({ added: 1, skipped: 1, matched: 2 });
    expect(await memberCount(target)).toBe(2);
  });

  it("added by two selections at once are added once, the other's counted as skipped", async () => {
    const { ctx, target } = await setUp();
    const addAll = () =>
      addLeadsToCampaign({ ctx, campaignId: target.campaignId, input: { selectAll: true } });
    const results = await Promise.all([addAll(), addAll()]);
    expect(results.map((result) => result.added).sort()).toEqual([0, 2]);
    expect(results.map((result) => result.skipped).sort()).toEqual([0, 2]);
    expect(await memberCount(target)).toBe(2);
  });
});

/** Runs `work` in a transaction left open until `commit` is called. */
async function heldTransaction(work: (tx: Tx) => Promise<unknown>) {
  let commit = () => {};
  const mayCommit = new Promise<void>((resolve) => {
    commit = resolve;
  });
  let worked = () => {};
  const hasWorked = new Promise<void>((resolve) => {
    worked = resolve;
  });
  const transaction = database.current.db.transaction(async (tx) => {
    await work(tx);
    worked();
    await mayCommit;
  });
  await Promise.race([hasWorked, transaction]);
  return {
    commit: () => {
      commit();
      return transaction;
    },
  };
}

async function untilWaitingForLock(): Promise<void> {
  for (let tries = 0; tries < 50 && !(await isWaitingForLock()); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

import { type SQL, sql } from "drizzle-orm";
import { type DbOrTx, rowsOf, type Tx } from "@/db/client";
import { type campaigns, leads } from "@/db/schema";
import { type MembershipStatus, membershipStatusFor } from "@/lib/fields/campaign-statuses";
import { leadIdOf } from "@/lib/leads/row-outcome";
import { ServiceError } from "@/server/errors";
import type { AfterBatch } from "@/server/services/leads/write-batches";

export interface MembershipTarget {
  workspaceId: string;
  campaignId: string;
  status: MembershipStatus;
}

/** Where leads joining this campaign go, and with which membership status (seed 004). */
export function membershipTarget(campaign: typeof campaigns.$inferSelect): MembershipTarget {
  return {
    workspaceId: campaign.workspaceId,
    campaignId: campaign.id,
    status: membershipStatusFor(campaign.status),
  };
}

/**
 * Adds these leads (ids not of this workspace's leads are left out) to the campaign; members
 * already in it are skipped. Each membership is stamped with the import that adds it (null when
 * none does), so that undoing the import removes exactly those: one already there keeps its own.
 * The statement holds the campaign row (FOR KEY SHARE: deleting the campaign waits for this
 * transaction, and a campaign deleted first gets no members), which is what foreign keys did,
 * once per row (db/schema/campaign-leads.ts). Adds by id may run alongside each other, hence
 * ON CONFLICT, in id order.
 */
export async function insertMembershipsById(
  db: DbOrTx,
  target: MembershipTarget,
  leadIds: readonly string[],
  importId: string | null,
): Promise<number> {
  if (leadIds.length === 0) return 0;
  const ids = JSON.stringify([...new Set(leadIds)]);
  const result = await db.execute(sql`
    with campaign as (
      select 1 from campaigns
      where workspace_id = ${target.workspaceId} and id = ${target.campaignId}
      for key share
    ), inserted as (
      insert into campaign_leads (workspace_id, campaign_id, lead_id, status, import_id)
      select ${target.workspaceId}, ${target.campaignId}, l.id, ${target.status}, ${importId}
      from leads l
      where l.workspace_id = ${target.workspaceId}
        and l.id in (select json_array_elements_text(${ids}::json))
        and exists (select 1 from campaign)
      order by l.id
      on conflict (workspace_id, campaign_id, lead_id) do nothing
      returning 1
    )
    select count(*)::int as added from inserted`);
  return rowsOf<{ added: number }>(result)[0]?.added ?? 0;
}

/**
 * Adds every active lead of a selection (`condition` on `leads`, from `selectionCondition`) to the
 * campaign, and counts the leads it matched, in one statement: one snapshot for both figures.
 *
 * The transaction first holds the campaign row FOR UPDATE, in a statement of its own: that waits
 * for every add in flight (they hold it FOR KEY SHARE, `insertMembershipsById`) and holds off the next, so
 * the statement after it (a snapshot of its own, READ COMMITTED) sees every membership committed
 * before, and no other writes this campaign's memberships meanwhile. The new memberships are then
 * an anti-join, without ON CONFLICT, whose speculative insertion (an index probe and a WAL record
 * more per row) took a million leads from 5 s to 8 s (bench/results/plans-million.md). A campaign
 * deleted first is not found.
 */
export async function insertSelectedMemberships(
  tx: Tx,
  target: MembershipTarget,
  condition: SQL,
  importId: string | null,
): Promise<{ added: number; matched: number }> {
  const locked = await tx.execute(sql`select 1 from campaigns
    where workspace_id = ${target.workspaceId} and id = ${target.campaignId}
    for update`);
  if (rowsOf(locked).length === 0) throw new ServiceError("NOT_FOUND", "Campaign not found");
  const result = await tx.execute(sql`
    with inserted as (
      insert into campaign_leads (workspace_id, campaign_id, lead_id, status, import_id)
      select ${target.workspaceId}, ${target.campaignId}, ${leads.id}, ${target.status}, ${importId}
      from ${leads}
      where ${condition} and not exists (select 1 from campaign_leads m
        where m.workspace_id = ${target.workspaceId} and m.campaign_id = ${target.campaignId}
          and m.lead_id = ${leads.id})
      order by ${leads.id}
      returning 1
    )
    select (select count(*)::int from inserted) as added,
      (select count(*)::int from ${leads} where ${condition}) as matched`);
  const [row] = rowsOf<{ added: number; matched: number }>(result);
  return { added: row?.added ?? 0, matched: row?.matched ?? 0 };
}

/**
 * The campaign's figures an import's record keeps besides its leads' (`counts`): of the `joining`
 * leads, how many it added and how many were members already.
 */
export function campaignCounts(added: number, joining: number): CampaignCounts {
  return { campaignAdded: added, campaignAlreadyMembers: joining - added };
}

export interface CampaignCounts {
  campaignAdded: number;
  campaignAlreadyMembers: number;
}

/** An import engine `afterBatch` hook: every lead a batch wrote or matched joins the campaign. */
export function joinCampaignAfterBatch(target: MembershipTarget): AfterBatch {
  return (tx, outcomes, importId) => {
    const leadIds: string[] = [];
    for (const outcome of outcomes.values()) {
      const leadId = leadIdOf(outcome);
      if (leadId) leadIds.push(leadId);
    }
    return insertMembershipsById(tx, target, leadIds, importId);
  };
}

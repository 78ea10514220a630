import { type SQL, sql } from "drizzle-orm";
import { type DbOrTx, rowsOf } from "@/db/client";
import type { campaigns } from "@/db/schema";
import { type MembershipStatus, membershipStatusFor } from "@/lib/fields/campaign-statuses";
import { leadIdOf } from "@/lib/leads/row-outcome";
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
 * Inserts the memberships, each stamped with the import that adds it (if one does), so that
 * undoing the import removes exactly those: one that was already there keeps its own.
 * `leadIdsQuery` reads ids from the workspace's leads; the statement holds the campaign row (FOR
 * KEY SHARE: deleting the campaign waits for this transaction, and a campaign deleted first gets
 * no members), which is what foreign keys did, once per row (db/schema/campaign-leads.ts).
 */
async function countInserted(
  db: DbOrTx,
  target: MembershipTarget,
  leadIdsQuery: SQL,
  importId: string | null,
): Promise<number> {
  const result = await db.execute(sql`
    with campaign as (
      select 1 from campaigns
      where workspace_id = ${target.workspaceId} and id = ${target.campaignId}
      for key share
    ), inserted as (
      insert into campaign_leads (workspace_id, campaign_id, lead_id, status, import_id)
      select ${target.workspaceId}, ${target.campaignId}, lead_id, ${target.status}, ${importId}
      from (${leadIdsQuery}) as matched(lead_id)
      where exists (select 1 from campaign)
      order by lead_id
      on conflict (workspace_id, campaign_id, lead_id) do nothing
      returning 1
    )
    select count(*)::int as added from inserted`);
  return rowsOf<{ added: number }>(result)[0]?.added ?? 0;
}

/**
 * Adds these leads (ids not of this workspace's leads are left out) to the campaign for the import `importId` (null when
 * no import adds them); members already in it are skipped.
 */
export function insertMembershipsById(
  db: DbOrTx,
  target: MembershipTarget,
  leadIds: readonly string[],
  importId: string | null,
) {
  if (leadIds.length === 0) return Promise.resolve(0);
  const ids = JSON.stringify([...new Set(leadIds)]);
  const workspaceLeads = sql`select l.id from leads l
    where l.workspace_id = ${target.workspaceId}
      and l.id in (select json_array_elements_text(${ids}::json))`;
  return countInserted(db, target, workspaceLeads, importId);
}

/** Adds every lead a set-based query selects (one `lead_id` column), in one statement. */
export function insertMembershipsByQuery(
  db: DbOrTx,
  target: MembershipTarget,
  leadIdsQuery: SQL,
  importId: string | null,
) {
  return countInserted(db, target, leadIdsQuery, importId);
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

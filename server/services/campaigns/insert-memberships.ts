import { type SQL, sql } from "drizzle-orm";
import { type DbOrTx, rowsOf, type Tx } from "@/db/client";
import type { campaigns } from "@/db/schema";
import { type MembershipStatus, membershipStatusFor } from "@/lib/fields/campaign-statuses";
import { leadIdOf, type RowOutcome } from "@/lib/leads/row-outcome";

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

async function countInserted(
  db: DbOrTx,
  target: MembershipTarget,
  leadIdsQuery: SQL,
): Promise<number> {
  const result = await db.execute(sql`
    with inserted as (
      insert into campaign_leads (workspace_id, campaign_id, lead_id, status)
      select ${target.workspaceId}, ${target.campaignId}, lead_id, ${target.status}
      from (${leadIdsQuery}) as matched(lead_id)
      order by lead_id
      on conflict (workspace_id, campaign_id, lead_id) do nothing
      returning 1
    )
    select count(*)::int as added from inserted`);
  return rowsOf<{ added: number }>(result)[0]?.added ?? 0;
}

/** Adds these leads (ids of this workspace) to the campaign; members already in it are skipped. */
export function insertMembershipsById(
  db: DbOrTx,
  target: MembershipTarget,
  leadIds: readonly string[],
) {
  if (leadIds.length === 0) return Promise.resolve(0);
  const ids = JSON.stringify([...new Set(leadIds)]);
  return countInserted(db, target, sql`select json_array_elements_text(${ids}::json)`);
}

/** Adds every lead a set-based query selects (one `lead_id` column), in one statement. */
export function insertMembershipsByQuery(db: DbOrTx, target: MembershipTarget, leadIdsQuery: SQL) {
  return countInserted(db, target, leadIdsQuery);
}

/** An import engine `afterBatch` hook: every lead a batch wrote or matched joins the campaign. */
export function joinCampaignAfterBatch(target: MembershipTarget) {
  return (tx: Tx, outcomes: ReadonlyMap<number, RowOutcome>) => {
    const leadIds: string[] = [];
    for (const outcome of outcomes.values()) {
      const leadId = leadIdOf(outcome);
      if (leadId) leadIds.push(leadId);
    }
    return insertMembershipsById(tx, target, leadIds);
  };
}

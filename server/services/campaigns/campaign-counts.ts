import { sql } from "drizzle-orm";
import { type DbOrTx, rowsOf } from "@/db/client";
import type { Campaign } from "@/lib/schemas/campaign";

type LeadCounts = Campaign["leadCounts"];

/** Members by membership status, counted live so soft-deleting or restoring a lead shows at once. */
export async function countCampaignLeads(
  db: DbOrTx,
  workspaceId: string,
  campaignIds: readonly string[],
): Promise<Map<string, LeadCounts>> {
  const counts = new Map<string, LeadCounts>();
  for (const id of campaignIds)
    counts.set(id, { total: 0, pending: 0, active: 0, completed: 0, removed: 0 });
  if (campaignIds.length === 0) return counts;
  const result = await db.execute(sql`
    select cl.campaign_id, cl.status, count(*)::int as count
    from campaign_leads cl
    join leads l on l.workspace_id = cl.workspace_id and l.id = cl.lead_id and l.deleted_at is null
    where cl.workspace_id = ${workspaceId}
      and cl.campaign_id = any(array(select json_array_elements_text(${JSON.stringify(campaignIds)}::json)))
    group by cl.campaign_id, cl.status`);
  for (const row of rowsOf<{ campaign_id: string; status: keyof LeadCounts; count: number }>(
    result,
  )) {
    const entry = counts.get(row.campaign_id);
    if (!entry) continue;
    entry[row.status] = row.count;
    entry.total += row.count;
  }
  return counts;
}

import { and, eq, inArray } from "drizzle-orm";
import { campaignLeads } from "@/db/schema";
import type { ServiceContext } from "@/server/services/context";
import { findCampaignRow } from "./find-campaign-row";

/** Takes leads out of a campaign in one statement; the leads stay, ids not in it are ignored. */
export async function removeCampaignLeads({
  ctx,
  campaignId,
  leadIds,
}: {
  ctx: ServiceContext;
  campaignId: string;
  leadIds: string[];
}) {
  await findCampaignRow(ctx.db, ctx.workspaceId, campaignId);
  const removed = await ctx.db
    .delete(campaignLeads)
    .where(
      and(
        eq(campaignLeads.workspaceId, ctx.workspaceId),
        eq(campaignLeads.campaignId, campaignId),
        inArray(campaignLeads.leadId, leadIds),
      ),
    )
    .returning({ leadId: campaignLeads.leadId });
  return { removed: removed.length };
}

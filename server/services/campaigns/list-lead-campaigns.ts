import { and, desc, eq } from "drizzle-orm";
import { campaignLeads, campaigns } from "@/db/schema";
import type { ServiceContext } from "@/server/services/context";
import { findActiveLeadRow } from "@/server/services/leads/find-active-lead-row";

/** The campaigns a lead is in, with its membership status, most recently joined first. */
export async function listLeadCampaigns({ ctx, leadId }: { ctx: ServiceContext; leadId: string }) {
  await findActiveLeadRow(ctx, leadId);
  const rows = await ctx.db
    .select({
      id: campaigns.id,
      name: campaigns.name,
      status: campaigns.status,
      membershipStatus: campaignLeads.status,
      addedAt: campaignLeads.createdAt,
    })
    .from(campaignLeads)
    .innerJoin(
      campaigns,
      and(
        eq(campaigns.workspaceId, campaignLeads.workspaceId),
        eq(campaigns.id, campaignLeads.campaignId),
      ),
    )
    .where(and(eq(campaignLeads.workspaceId, ctx.workspaceId), eq(campaignLeads.leadId, leadId)))
    .orderBy(desc(campaignLeads.createdAt));
  return rows.map((row) => ({ ...row, addedAt: row.addedAt.toISOString() }));
}

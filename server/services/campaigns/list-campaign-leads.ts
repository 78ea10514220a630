import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import { campaignLeads, leads } from "@/db/schema";
import type { listPageQuerySchema } from "@/lib/schemas/campaign";
import type { ServiceContext } from "@/server/services/context";
import { toLeadDto } from "@/server/services/leads/to-lead-dto";
import { afterCursor, newestFirst, toPage } from "@/server/services/pagination/page-after";
import { findCampaignRow } from "./find-campaign-row";

/** Members newest first, each lead with its membership status; soft-deleted leads are left out. */
export async function listCampaignLeads({
  ctx,
  campaignId,
  input,
}: {
  ctx: ServiceContext;
  campaignId: string;
  input: z.infer<typeof listPageQuerySchema>;
}) {
  await findCampaignRow(ctx.db, ctx.workspaceId, campaignId);
  const keyset = { createdAt: campaignLeads.createdAt, id: campaignLeads.leadId };
  const rows = await ctx.db
    .select({ membership: campaignLeads, lead: leads })
    .from(campaignLeads)
    .innerJoin(
      leads,
      and(eq(leads.workspaceId, campaignLeads.workspaceId), eq(leads.id, campaignLeads.leadId)),
    )
    .where(
      and(
        eq(campaignLeads.workspaceId, ctx.workspaceId),
        eq(campaignLeads.campaignId, campaignId),
        isNull(leads.deletedAt),
        afterCursor(keyset, input.cursor),
      ),
    )
    .orderBy(...newestFirst(keyset))
    .limit(input.limit + 1);
  const { page, nextCursor } = toPage(
    rows.map((row) => ({ ...row, createdAt: row.membership.createdAt, id: row.lead.id })),
    input.limit,
  );
  return {
    leads: page.map((row) => ({
      ...toLeadDto(row.lead),
      membershipStatus: row.membership.status,
      addedAt: row.membership.createdAt.toISOString(),
    })),
    nextCursor,
  };
}

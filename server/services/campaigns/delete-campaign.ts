import { and, eq } from "drizzle-orm";
import { campaignLeads, campaigns } from "@/db/schema";
import { ServiceError } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";

/** Deletes the campaign and its memberships; the leads stay. */
export async function deleteCampaign({
  ctx,
  campaignId,
}: {
  ctx: ServiceContext;
  campaignId: string;
}) {
  return ctx.db.transaction(async (tx) => {
    // First the campaign: its row lock waits for adds in flight (insert-memberships.ts), so the
    // memberships deleted next include theirs, and later adds find no campaign.
    const deleted = await tx
      .delete(campaigns)
      .where(and(eq(campaigns.workspaceId, ctx.workspaceId), eq(campaigns.id, campaignId)))
      .returning({ id: campaigns.id });
    if (deleted.length === 0) throw new ServiceError("NOT_FOUND", "Campaign not found");
    // No foreign key cascades to them (db/schema/campaign-leads.ts).
    await tx
      .delete(campaignLeads)
      .where(
        and(
          eq(campaignLeads.workspaceId, ctx.workspaceId),
          eq(campaignLeads.campaignId, campaignId),
        ),
      );
    return { id: campaignId, deleted: true };
  });
}

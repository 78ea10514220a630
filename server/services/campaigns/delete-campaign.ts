import { and, eq } from "drizzle-orm";
import { campaigns } from "@/db/schema";
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
  const deleted = await ctx.db
    .delete(campaigns)
    .where(and(eq(campaigns.workspaceId, ctx.workspaceId), eq(campaigns.id, campaignId)))
    .returning({ id: campaigns.id });
  if (deleted.length === 0) throw new ServiceError("NOT_FOUND", "Campaign not found");
  return { id: campaignId, deleted: true };
}

import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { campaigns } from "@/db/schema";
import type { updateCampaignBodySchema } from "@/lib/schemas/campaign";
import type { ServiceContext } from "@/server/services/context";
import { findCampaignRow } from "./find-campaign-row";
import { getCampaign } from "./get-campaign";

export async function updateCampaign({
  ctx,
  campaignId,
  input,
}: {
  ctx: ServiceContext;
  campaignId: string;
  input: z.infer<typeof updateCampaignBodySchema>;
}) {
  await findCampaignRow(ctx.db, ctx.workspaceId, campaignId);
  await ctx.db
    .update(campaigns)
    .set({ ...input, updatedAt: new Date() })
    .where(and(eq(campaigns.workspaceId, ctx.workspaceId), eq(campaigns.id, campaignId)));
  return getCampaign({ ctx, campaignId });
}

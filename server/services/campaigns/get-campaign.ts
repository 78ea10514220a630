import type { Campaign } from "@/lib/schemas/campaign";
import type { ServiceContext } from "@/server/services/context";
import { countCampaignLeads } from "./campaign-counts";
import { findCampaignRow } from "./find-campaign-row";
import { toCampaignDto } from "./to-campaign-dto";

export async function getCampaign({
  ctx,
  campaignId,
}: {
  ctx: ServiceContext;
  campaignId: string;
}) {
  const row = await findCampaignRow(ctx.db, ctx.workspaceId, campaignId);
  const counts = await countCampaignLeads(ctx.db, ctx.workspaceId, [row.id]);
  return toCampaignDto(row, counts.get(row.id) as Campaign["leadCounts"]);
}

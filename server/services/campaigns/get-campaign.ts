import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { campaigns } from "@/db/schema";
import type { Campaign } from "@/lib/schemas/campaign";
import { ServiceError } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";
import { countCampaignLeads } from "./campaign-counts";

export type CampaignRow = typeof campaigns.$inferSelect;

/** The campaign row, or 404 `Campaign not found` (seeds 002, 004) for an unknown or foreign id. */
export async function findCampaignRow(db: DbOrTx, workspaceId: string, campaignId: string) {
  const [row] = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.workspaceId, workspaceId), eq(campaigns.id, campaignId)));
  if (!row) throw new ServiceError("NOT_FOUND", "Campaign not found");
  return row;
}

export function toCampaignDto(row: CampaignRow, leadCounts: Campaign["leadCounts"]): Campaign {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    leadCounts,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

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

import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { campaigns } from "@/db/schema";
import { ServiceError } from "@/server/errors";

export type CampaignRow = typeof campaigns.$inferSelect;

/** The campaign row, or 404 `Campaign not found` (seeds 002, 004) for an unknown or foreign id. */
export async function findCampaignRow(
  db: DbOrTx,
  workspaceId: string,
  campaignId: string,
): Promise<CampaignRow> {
  const [row] = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.workspaceId, workspaceId), eq(campaigns.id, campaignId)));
  if (!row) throw new ServiceError("NOT_FOUND", "Campaign not found");
  return row;
}

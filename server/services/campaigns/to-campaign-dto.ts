import type { Campaign } from "@/lib/schemas/campaign";
import type { CampaignRow } from "./find-campaign-row";

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

import type { z } from "zod";
import { campaigns } from "@/db/schema";
import type { createCampaignBodySchema } from "@/lib/schemas/campaign";
import type { ServiceContext } from "@/server/services/context";
import { toCampaignDto } from "./to-campaign-dto";

const EMPTY_COUNTS = { total: 0, pending: 0, active: 0, completed: 0, removed: 0 };

export async function createCampaign({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.infer<typeof createCampaignBodySchema>;
}) {
  const [row] = await ctx.db
    .insert(campaigns)
    .values({ workspaceId: ctx.workspaceId, name: input.name, status: input.status ?? "draft" })
    .returning();
  if (!row) throw new Error("campaign insert returned no row");
  return toCampaignDto(row, { ...EMPTY_COUNTS });
}

import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { campaigns } from "@/db/schema";
import type { Campaign, listPageQuerySchema } from "@/lib/schemas/campaign";
import type { ServiceContext } from "@/server/services/context";
import { afterCursor, newestFirst, toPage } from "@/server/services/pagination/page-after";
import { countCampaignLeads } from "./campaign-counts";
import { toCampaignDto } from "./to-campaign-dto";

export async function listCampaigns({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.infer<typeof listPageQuerySchema>;
}) {
  const rows = await ctx.db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.workspaceId, ctx.workspaceId), afterCursor(campaigns, input.cursor)))
    .orderBy(...newestFirst(campaigns))
    .limit(input.limit + 1);
  const { page, nextCursor } = toPage(rows, input.limit);
  const counts = await countCampaignLeads(
    ctx.db,
    ctx.workspaceId,
    page.map((row) => row.id),
  );
  return {
    campaigns: page.map((row) => toCampaignDto(row, counts.get(row.id) as Campaign["leadCounts"])),
    nextCursor,
  };
}

import { count } from "drizzle-orm";
import { leads } from "@/db/schema";
import type { LeadFilters } from "@/lib/schemas/lead-selection";
import type { ServiceContext } from "@/server/services/context";
import { leadFilterCondition } from "./lead-filters";

/** How many leads a filter matches ("all 12,480 leads matching"). */
export async function countLeads({ ctx, input }: { ctx: ServiceContext; input: LeadFilters }) {
  const [row] = await ctx.db
    .select({ count: count() })
    .from(leads)
    .where(leadFilterCondition(ctx.workspaceId, input));
  return { count: Number(row?.count ?? 0) };
}

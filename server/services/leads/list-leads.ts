import { and } from "drizzle-orm";
import { leads } from "@/db/schema";
import type { ListLeadsQuery } from "@/lib/schemas/lead-selection";
import type { ServiceContext } from "@/server/services/context";
import { afterCursor, newestFirst, toPage } from "@/server/services/pagination/page-after";
import { leadFilterCondition } from "./lead-filters";
import { toLeadDto } from "./to-lead-dto";

/** Newest first, by (createdAt, id) so pages never skip or repeat a lead. */
export async function listLeads({ ctx, input }: { ctx: ServiceContext; input: ListLeadsQuery }) {
  const { cursor, limit, tag, ...filters } = input;
  const tags = [...(filters.tags ?? []), ...(tag ?? [])];
  const filter = leadFilterCondition(ctx.workspaceId, { ...filters, tags });
  const rows = await ctx.db
    .select()
    .from(leads)
    .where(and(filter, afterCursor(leads, cursor)))
    .orderBy(...newestFirst(leads))
    .limit(limit + 1);
  const { page, nextCursor } = toPage(rows, limit);
  return { leads: page.map(toLeadDto), nextCursor };
}

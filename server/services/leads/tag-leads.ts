import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import { retryTransient } from "@/db/database-errors";
import type { TagLeadsInput } from "@/lib/schemas/lead-selection";
import type { ServiceContext } from "@/server/services/context";
import { insertLeadEventsFrom } from "@/server/services/lead-history/record-lead-events";
import { selectionCondition } from "./lead-selection";

/**
 * Adds a tag to, or removes it from, every lead of a selection in one statement: the count of
 * what matched, the update of the leads that change, and their history rows all read the same
 * snapshot. Leads that already have (or lack) the tag are matched but not changed.
 */
export async function tagLeads({ ctx, input }: { ctx: ServiceContext; input: TagLeadsInput }) {
  const condition = selectionCondition(ctx.workspaceId, input.selection);
  const tag = sql`array[${input.tag}]::text[]`;
  const isAdding = input.action === "add";
  const change = isAdding
    ? sql`tags = merge_tags(tags, ${tag})`
    : sql`tags = array_remove(tags, ${input.tag})`;
  const needsChange = isAdding ? sql`not (tags @> ${tag})` : sql`tags @> ${tag}`;
  const events = insertLeadEventsFrom(ctx, sql`changed`, isAdding ? "tag-added" : "tag-removed", {
    tag: input.tag,
  });
  const [row] = await retryTransient(async () =>
    rowsOf<{ matched: number; changed: number }>(
      await ctx.db.execute(sql`
        with changed as (
          update leads set ${change}, updated_at = now()
          where ${condition} and ${needsChange}
          returning id
        ), events as (${events})
        select (select count(*)::int from leads where ${condition}) as matched,
          (select count(*)::int from changed) as changed`),
    ),
  );
  return { matched: row?.matched ?? 0, changed: row?.changed ?? 0 };
}

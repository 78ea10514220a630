import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import { retryTransient } from "@/db/database-errors";
import type { LeadSelection } from "@/lib/schemas/lead-selection";
import type { ServiceContext } from "@/server/services/context";
import { insertLeadEventsFrom } from "@/server/services/lead-history/record-lead-events";
import { selectionCondition } from "./lead-selection";

/** Soft-deletes every lead of a selection, with a history row each, in one statement. */
export async function deleteLeads({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { selection: LeadSelection };
}) {
  const condition = selectionCondition(ctx.workspaceId, input.selection);
  const events = insertLeadEventsFrom(ctx, sql`changed`, "deleted", {});
  const [row] = await retryTransient(async () =>
    rowsOf<{ deleted: number }>(
      await ctx.db.execute(sql`
        with changed as (
          update leads set deleted_at = now(), updated_at = now()
          where ${condition}
          returning id
        ), events as (${events})
        select count(*)::int as deleted from changed`),
    ),
  );
  return { deleted: row?.deleted ?? 0 };
}

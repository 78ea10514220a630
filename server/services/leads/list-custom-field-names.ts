import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import { CUSTOM_FIELD_SAMPLE_LEADS } from "@/lib/limits";
import type { ServiceContext } from "@/server/services/context";

const MAX_NAMES = 200;

/**
 * The custom field names of the workspace's newest leads, for the leads table's column picker.
 * A sample keeps it one index walk however many leads there are; the table adds the names of
 * the page it shows, so a column is never missing for a lead on screen.
 */
export async function listCustomFieldNames({ ctx }: { ctx: ServiceContext }) {
  const rows = rowsOf<{ name: string }>(
    await ctx.db.execute(sql`
      select distinct name from (
        select custom_fields from leads
        where workspace_id = ${ctx.workspaceId} and deleted_at is null
        order by created_at desc
        limit ${CUSTOM_FIELD_SAMPLE_LEADS}
      ) as newest, jsonb_object_keys(newest.custom_fields) as name
      order by name
      limit ${MAX_NAMES}`),
  );
  return rows.map((row) => row.name);
}

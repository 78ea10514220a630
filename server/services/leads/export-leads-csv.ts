import { and, sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import { leads } from "@/db/schema";
import { csvLine, UTF8_BOM } from "@/lib/csv/write-csv";
import { FIELD_LABELS, STRING_FIELDS } from "@/lib/fields/catalogue";
import { EXPORT_PAGE_ROWS } from "@/lib/limits";
import type { Lead } from "@/lib/schemas/lead";
import type { LeadSelection } from "@/lib/schemas/lead-selection";
import type { ServiceContext } from "@/server/services/context";
import { afterCursor, newestFirst, toPage } from "@/server/services/pagination/page-after";
import { selectionCondition } from "./lead-selection";
import { toLeadDto } from "./to-lead-dto";

const MAX_CUSTOM_COLUMNS = 500;
const CREATED_HEADER = "Created at";

/**
 * The leads of a selection as CSV, newest first: standard fields under the labels the importer
 * recognises, tags comma-separated, one column per custom field, every cell formula-escaped, UTF-8
 * with a BOM. Read page by page (keyset), so an export of 100,000 leads streams in flat memory.
 */
export async function exportLeadsCsv({
  ctx,
  selection,
}: {
  ctx: ServiceContext;
  selection: LeadSelection;
}): Promise<AsyncGenerator<string>> {
  const condition = selectionCondition(ctx.workspaceId, selection);
  const customNames = rowsOf<{ name: string }>(
    await ctx.db.execute(sql`
      select distinct jsonb_object_keys(custom_fields) as name from leads
      where ${condition} order by name limit ${MAX_CUSTOM_COLUMNS}`),
  ).map((row) => row.name);
  const header = [
    ...STRING_FIELDS.map((field) => FIELD_LABELS[field]),
    FIELD_LABELS.tags,
    ...customNames,
    CREATED_HEADER,
  ];
  const cellsOf = (lead: Lead) => [
    ...STRING_FIELDS.map((field) => lead[field] ?? ""),
    lead.tags.join(", "),
    ...customNames.map((name) => lead.customFields[name] ?? ""),
    lead.createdAt,
  ];
  async function* lines(): AsyncGenerator<string> {
    yield `${UTF8_BOM}${csvLine(header)}`;
    let cursor: string | undefined;
    do {
      const rows = await ctx.db
        .select()
        .from(leads)
        .where(and(condition, afterCursor(leads, cursor)))
        .orderBy(...newestFirst(leads))
        .limit(EXPORT_PAGE_ROWS + 1);
      const { page, nextCursor } = toPage(rows, EXPORT_PAGE_ROWS);
      yield page.map((row) => csvLine(cellsOf(toLeadDto(row)))).join("");
      cursor = nextCursor ?? undefined;
    } while (cursor);
  }
  return lines();
}

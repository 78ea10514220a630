import { sql } from "drizzle-orm";
import { arrayLiteral } from "@/db/array-literal";
import { rowsOf } from "@/db/client";
import type { WizardEdit } from "@/lib/schemas/wizard-import";
import type { ServiceContext } from "@/server/services/context";

/** The cells of these rows the wizard's review edited before the import, with the file's values. */
export async function readWizardEdits(
  ctx: ServiceContext,
  importId: string,
  rows: readonly number[],
): Promise<Map<number, WizardEdit[]>> {
  const byRow = new Map<number, WizardEdit[]>();
  if (rows.length === 0) return byRow;
  const result = await ctx.db.execute(sql`
    select e.edit from import_chunks c
    cross join lateral jsonb_array_elements(c.edits) as e(edit)
    where c.workspace_id = ${ctx.workspaceId} and c.import_id = ${importId}
      and c.edits <> '[]'::jsonb
      and (e.edit ->> 'row')::int = any(${arrayLiteral(rows.map(String))}::int[])`);
  for (const { edit } of rowsOf<{ edit: WizardEdit }>(result)) {
    byRow.set(edit.row, [...(byRow.get(edit.row) ?? []), edit]);
  }
  return byRow;
}

/** How many cells the wizard's review edited among the import's rows sent. */
export async function countWizardEdits(ctx: ServiceContext, importId: string): Promise<number> {
  const [row] = rowsOf<{ cells: string | number }>(
    await ctx.db.execute(sql`
      select coalesce(sum(jsonb_array_length(edits)), 0) as cells from import_chunks
      where workspace_id = ${ctx.workspaceId} and import_id = ${importId}`),
  );
  return Number(row?.cells ?? 0);
}

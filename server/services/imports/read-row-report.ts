import { sql } from "drizzle-orm";
import { arrayLiteral } from "@/db/array-literal";
import { rowsOf } from "@/db/client";
import type { NumberedOutcome, OutcomeKind } from "@/lib/leads/row-outcome";
import { decodeRowReportLine, kindLetterOf } from "@/lib/leads/row-report-lines";
import type { ServiceContext } from "@/server/services/context";

/**
 * Rows of an import's report in row order, read and filtered in the database (a wizard import
 * has up to a million): those numbered after `after`, of the given kinds (all when none), at most
 * `limit`, or those numbered `rows`. Chunks whose last row is not after `after` are not split.
 */
export async function readRowReport(
  ctx: ServiceContext,
  importId: string,
  filter: {
    after?: number;
    kinds?: readonly OutcomeKind[];
    rows?: readonly number[];
    limit?: number;
  },
): Promise<NumberedOutcome[]> {
  const after = filter.after ?? 0;
  const letters = filter.kinds ? arrayLiteral(filter.kinds.map(kindLetterOf)) : null;
  const rows = filter.rows ? arrayLiteral(filter.rows.map(String)) : null;
  const result = await ctx.db.execute(sql`
    select l.line from import_chunks c
    cross join lateral unnest(string_to_array(c.report, E'\\n')) with ordinality as l(line, position)
    where c.workspace_id = ${ctx.workspaceId} and c.import_id = ${importId} and c.report <> ''
      and split_part(split_part(c.report, E'\\n', -1), E'\\t', 1)::int > ${after}
      and split_part(l.line, E'\\t', 1)::int > ${after}
      and (${letters === null}::boolean
        or substr(split_part(l.line, E'\\t', 2), 1, 1) = any(${letters ?? "{}"}::text[]))
      and (${rows === null}::boolean
        or split_part(l.line, E'\\t', 1)::int = any(${rows ?? "{}"}::int[]))
    order by c.chunk_index, l.position
    ${filter.limit === undefined ? sql`` : sql`limit ${filter.limit}`}`);
  return rowsOf<{ line: string }>(result).map(({ line }) => decodeRowReportLine(line));
}

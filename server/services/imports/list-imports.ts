import { and, eq } from "drizzle-orm";
import { imports } from "@/db/schema";
import type { ListImportsQuery } from "@/lib/schemas/imports";
import type { ServiceContext } from "@/server/services/context";
import { afterCursor, newestFirst, toPage } from "@/server/services/pagination/page-after";
import { IMPORT_KEYSET, selectImportRecords, toImportSummary } from "./import-summary";

/** `GET /v1/imports` and the Imports page: every import of the workspace, newest first. */
export async function listImports({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ListImportsQuery;
}) {
  const rows = await selectImportRecords(
    ctx,
    and(
      input.door ? eq(imports.door, input.door) : undefined,
      input.status ? eq(imports.status, input.status) : undefined,
      afterCursor(IMPORT_KEYSET, input.cursor),
    ),
  )
    .orderBy(...newestFirst(IMPORT_KEYSET))
    .limit(input.limit + 1);
  const { page, nextCursor } = toPage(
    rows.map((row) => ({ row, createdAt: row.startedAt, id: row.id })),
    input.limit,
  );
  return { imports: page.map(({ row }) => toImportSummary(row)), nextCursor };
}

import { desc, eq } from "drizzle-orm";
import { imports } from "@/db/schema";
import type { ServiceContext } from "@/server/services/context";

/** The workspace's latest import runs, newest first. */
export async function listImports({ ctx }: { ctx: ServiceContext }) {
  const rows = await ctx.db
    .select({
      id: imports.id,
      source: imports.source,
      status: imports.status,
      fileName: imports.fileName,
      totalRows: imports.totalRows,
      startedAt: imports.startedAt,
    })
    .from(imports)
    .where(eq(imports.workspaceId, ctx.workspaceId))
    .orderBy(desc(imports.startedAt))
    .limit(50);
  return rows.map((row) => ({ ...row, startedAt: row.startedAt.toISOString() }));
}

import { and, eq } from "drizzle-orm";
import { imports, type leads } from "@/db/schema";
import type { ServiceContext } from "@/server/services/context";

export interface LeadImportEntry {
  kind: "import";
  at: string;
  importId: string;
  source: string;
  fileName: string | null;
  status: string;
}

/**
 * The imports a lead's history shows. Today a lead links only the import that last created,
 * updated or restored it (`lastImportId`); when imports keep a record per lead (issue 17), this
 * is the one place that reads them instead.
 */
export async function listLeadImports(
  ctx: ServiceContext,
  lead: Pick<typeof leads.$inferSelect, "lastImportId">,
): Promise<LeadImportEntry[]> {
  if (!lead.lastImportId) return [];
  const rows = await ctx.db
    .select()
    .from(imports)
    .where(and(eq(imports.workspaceId, ctx.workspaceId), eq(imports.id, lead.lastImportId)));
  return rows.map((run) => ({
    kind: "import",
    at: (run.finishedAt ?? run.startedAt).toISOString(),
    importId: run.id,
    source: run.source,
    fileName: run.fileName,
    status: run.status,
  }));
}

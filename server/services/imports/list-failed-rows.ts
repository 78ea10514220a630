import { and, eq } from "drizzle-orm";
import { imports } from "@/db/schema";
import { ServiceError } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";

/** Every failed row of an import, for the download of its failed rows: the record keeps them all. */
export async function listFailedRows({ ctx, importId }: { ctx: ServiceContext; importId: string }) {
  const [run] = await ctx.db
    .select({ fileName: imports.fileName, rowErrors: imports.rowErrors })
    .from(imports)
    .where(and(eq(imports.workspaceId, ctx.workspaceId), eq(imports.id, importId)));
  if (!run) throw new ServiceError("NOT_FOUND", "Import not found");
  return run;
}

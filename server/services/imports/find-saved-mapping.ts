import { and, eq } from "drizzle-orm";
import { savedMappings } from "@/db/schema";
import type { ServiceContext } from "@/server/services/context";
import { headerSetHash } from "./header-set-hash";

/** The mapping this workspace last used for a file with these headers, if any. */
export async function findSavedMapping({
  ctx,
  headers,
}: {
  ctx: ServiceContext;
  headers: string[];
}) {
  const [row] = await ctx.db
    .select({ mapping: savedMappings.mapping, updatedAt: savedMappings.updatedAt })
    .from(savedMappings)
    .where(
      and(
        eq(savedMappings.workspaceId, ctx.workspaceId),
        eq(savedMappings.headerSetHash, headerSetHash(headers)),
      ),
    );
  return row ? { mapping: row.mapping, savedAt: row.updatedAt.toISOString() } : null;
}

import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { savedMappings } from "@/db/schema";
import type { ServiceContext } from "@/server/services/context";

/** Files with the same headers (in any order, any case) share a remembered mapping. */
function headerSetHash(headers: readonly string[]): string {
  const normalised = headers.map((header) => header.trim().toLowerCase()).sort();
  return createHash("sha256").update(JSON.stringify(normalised)).digest("hex");
}

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

export async function saveMapping({
  ctx,
  headers,
  mapping,
}: {
  ctx: ServiceContext;
  headers: string[];
  mapping: Record<string, string>;
}) {
  const values = {
    workspaceId: ctx.workspaceId,
    headerSetHash: headerSetHash(headers),
    mapping,
    updatedAt: new Date(),
  };
  await ctx.db
    .insert(savedMappings)
    .values(values)
    .onConflictDoUpdate({
      target: [savedMappings.workspaceId, savedMappings.headerSetHash],
      set: { mapping, updatedAt: values.updatedAt },
    });
}

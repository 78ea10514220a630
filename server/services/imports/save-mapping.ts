import { savedMappings } from "@/db/schema";
import type { ServiceContext } from "@/server/services/context";
import { headerSetHash } from "./header-set-hash";

/** Remembers the mapping used for a file with these headers, for the next one. */
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

import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { apiKeys } from "@/db/schema";
import { ServiceError } from "@/server/errors";

/** Revokes a workspace's key; revoking twice is harmless, an unknown id is NOT_FOUND. */
export async function revokeApiKey({
  db,
  workspaceId,
  keyId,
}: {
  db: DbOrTx;
  workspaceId: string;
  keyId: string;
}): Promise<void> {
  const [row] = await db
    .select({ revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.workspaceId, workspaceId)));
  if (!row) throw new ServiceError("NOT_FOUND", "API key not found");
  await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt)));
}

import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiKeys, workspaceMembers } from "@/db/schema";
import { type ApiKeyKind, apiKeyKindOf } from "@/lib/keys/api-key-format";
import { ServiceError } from "@/server/errors";
import { hashApiKey } from "./hash-api-key";

export interface ApiPrincipal {
  keyId: string;
  keyKind: ApiKeyKind;
  workspaceId: string;
  userId: string | null;
}

const invalidKey = () => new ServiceError("UNAUTHORIZED", "Invalid API key");

/**
 * Turns a presented key (and the optional X-Workspace-Id) into the workspace it may act on,
 * as the seeds' README "Auth" describes.
 */
export async function resolveApiKey({
  db,
  key,
  requestedWorkspaceId,
}: {
  db: Db;
  key: string;
  requestedWorkspaceId: string | null;
}): Promise<ApiPrincipal> {
  const kind = apiKeyKindOf(key);
  if (!kind) throw invalidKey();
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashApiKey(key)), eq(apiKeys.kind, kind)));
  if (!row || row.revokedAt) throw invalidKey();

  touchLastUsed(db, row.id);

  if (row.kind === "workspace" && row.workspaceId) {
    if (requestedWorkspaceId && requestedWorkspaceId !== row.workspaceId) {
      throw new ServiceError("FORBIDDEN", "This API key has no access to that workspace");
    }
    return { keyId: row.id, keyKind: "workspace", workspaceId: row.workspaceId, userId: null };
  }
  if (!row.userId) throw invalidKey();
  const workspaceId = await pickUserWorkspace(db, row.userId, requestedWorkspaceId);
  return { keyId: row.id, keyKind: "user", workspaceId, userId: row.userId };
}

async function pickUserWorkspace(
  db: Db,
  userId: string,
  requestedWorkspaceId: string | null,
): Promise<string> {
  if (requestedWorkspaceId) {
    const [membership] = await db
      .select({ workspaceId: workspaceMembers.workspaceId })
      .from(workspaceMembers)
      .where(
        and(
          eq(workspaceMembers.userId, userId),
          eq(workspaceMembers.workspaceId, requestedWorkspaceId),
        ),
      );
    if (!membership) {
      throw new ServiceError("FORBIDDEN", "You are not a member of this workspace");
    }
    return membership.workspaceId;
  }
  const memberships = await db
    .select({ workspaceId: workspaceMembers.workspaceId })
    .from(workspaceMembers)
    .where(eq(workspaceMembers.userId, userId))
    .limit(2);
  const [only] = memberships;
  if (memberships.length === 1 && only) return only.workspaceId;
  throw new ServiceError(
    "VALIDATION_ERROR",
    memberships.length === 0
      ? "This platform key's user belongs to no workspace"
      : "X-Workspace-Id header is required: this platform key's user belongs to several workspaces",
  );
}

/** At most one write a minute per key, and never on the request's critical path. */
function touchLastUsed(db: Db, keyId: string): void {
  const aMinuteAgo = new Date(Date.now() - 60_000);
  db.update(apiKeys)
    .set({ lastUsedAt: new Date() })
    .where(
      and(
        eq(apiKeys.id, keyId),
        or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, aMinuteAgo)),
      ),
    )
    .catch(() => {});
}

import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { workspaceMembers } from "@/db/schema";
import { ServiceError } from "@/server/errors";
import { setSessionWorkspace } from "@/server/services/auth/sessions";

/**
 * Moves a signed-in session to another workspace of its user; the session row keeps the choice.
 * A workspace the user is not a member of is NOT_FOUND, like a made-up id.
 */
export async function switchWorkspace({
  db,
  userId,
  sessionToken,
  workspaceId,
}: {
  db: DbOrTx;
  userId: string;
  sessionToken: string;
  workspaceId: string;
}) {
  const [membership] = await db
    .select({ role: workspaceMembers.role })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.userId, userId)));
  if (!membership) throw new ServiceError("NOT_FOUND", "Workspace not found");
  await setSessionWorkspace(db, sessionToken, workspaceId);
  return { workspaceId, role: membership.role };
}

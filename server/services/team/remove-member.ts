import { and, eq, ne, sql } from "drizzle-orm";
import { workspaceMembers } from "@/db/schema";
import { ServiceError } from "@/server/errors";
import { deleteWorkspaceSessions } from "@/server/services/auth/sessions";
import type { ServiceContext } from "@/server/services/context";

/**
 * Takes a user out of the workspace and ends their sessions on it at once (a session also needs
 * the membership to be found, so a request already under way is refused too). The workspace
 * always keeps an owner, and nobody removes themselves here.
 */
export async function removeMember({ ctx, userId }: { ctx: ServiceContext; userId: string }) {
  if (userId === ctx.actor?.userId) {
    throw new ServiceError("VALIDATION_ERROR", "You cannot remove yourself from the workspace");
  }
  return ctx.db.transaction(async (tx) => {
    // One removal at a time per workspace, so two owners cannot remove each other at once.
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext('leadport:members:' || ${ctx.workspaceId}))`,
    );
    const [member] = await tx
      .select({ role: workspaceMembers.role })
      .from(workspaceMembers)
      .where(
        and(eq(workspaceMembers.workspaceId, ctx.workspaceId), eq(workspaceMembers.userId, userId)),
      );
    if (!member) throw new ServiceError("NOT_FOUND", "Member not found");
    if (member.role === "owner") {
      const [otherOwner] = await tx
        .select({ userId: workspaceMembers.userId })
        .from(workspaceMembers)
        .where(
          and(
            eq(workspaceMembers.workspaceId, ctx.workspaceId),
            eq(workspaceMembers.role, "owner"),
            ne(workspaceMembers.userId, userId),
          ),
        )
        .limit(1);
      if (!otherOwner) throw new ServiceError("CONFLICT", "A workspace needs at least one owner");
    }
    await tx
      .delete(workspaceMembers)
      .where(
        and(eq(workspaceMembers.workspaceId, ctx.workspaceId), eq(workspaceMembers.userId, userId)),
      );
    await deleteWorkspaceSessions(tx, userId, ctx.workspaceId);
    return { userId, removed: true };
  });
}

import { and, eq, isNull } from "drizzle-orm";
import { workspaceInvites } from "@/db/schema";
import { ServiceError } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";

/** The link stops working at once; an invite already accepted or revoked is NOT_FOUND. */
export async function revokeInvite({ ctx, inviteId }: { ctx: ServiceContext; inviteId: string }) {
  const revoked = await ctx.db
    .update(workspaceInvites)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(workspaceInvites.workspaceId, ctx.workspaceId),
        eq(workspaceInvites.id, inviteId),
        isNull(workspaceInvites.acceptedAt),
        isNull(workspaceInvites.revokedAt),
      ),
    )
    .returning({ id: workspaceInvites.id });
  if (revoked.length === 0) throw new ServiceError("NOT_FOUND", "Invite not found");
  return { id: inviteId, revoked: true };
}

import { and, asc, desc, eq, gt, isNull } from "drizzle-orm";
import { users, workspaceInvites, workspaceMembers } from "@/db/schema";
import type { ServiceContext } from "@/server/services/context";

/** The workspace's members, and the invites still waiting to be accepted. */
export async function listTeam({ ctx }: { ctx: ServiceContext }) {
  const members = await ctx.db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      role: workspaceMembers.role,
      joinedAt: workspaceMembers.createdAt,
    })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(eq(workspaceMembers.workspaceId, ctx.workspaceId))
    .orderBy(asc(workspaceMembers.createdAt));
  const invites = await ctx.db
    .select({
      id: workspaceInvites.id,
      email: workspaceInvites.email,
      role: workspaceInvites.role,
      createdAt: workspaceInvites.createdAt,
      expiresAt: workspaceInvites.expiresAt,
    })
    .from(workspaceInvites)
    .where(
      and(
        eq(workspaceInvites.workspaceId, ctx.workspaceId),
        isNull(workspaceInvites.acceptedAt),
        isNull(workspaceInvites.revokedAt),
        gt(workspaceInvites.expiresAt, new Date()),
      ),
    )
    .orderBy(desc(workspaceInvites.createdAt));
  return {
    members: members.map((member) => ({
      ...member,
      joinedAt: member.joinedAt.toISOString(),
      isYou: member.userId === ctx.actor?.userId,
    })),
    invites: invites.map((invite) => ({
      ...invite,
      createdAt: invite.createdAt.toISOString(),
      expiresAt: invite.expiresAt.toISOString(),
    })),
  };
}

import { randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { users, workspaceInvites, workspaceMembers } from "@/db/schema";
import { INVITE_LINK_DAYS } from "@/lib/limits";
import type { InviteMemberInput } from "@/lib/schemas/team";
import { ServiceError } from "@/server/errors";
import { hashToken } from "@/server/services/auth/sessions";
import type { ServiceContext } from "@/server/services/context";

/**
 * A single-use invite link for an email address, valid for INVITE_LINK_DAYS. There is no mail server,
 * so the token is returned once for the owner to copy; only its hash is stored. Inviting an
 * address again revokes the earlier link, so only the newest one works.
 */
export async function createInvite({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: InviteMemberInput;
}) {
  const email = input.email.trim();
  const [member] = await ctx.db
    .select({ userId: workspaceMembers.userId })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(
      and(
        eq(workspaceMembers.workspaceId, ctx.workspaceId),
        eq(sql`lower(${users.email})`, email.toLowerCase()),
      ),
    );
  if (member) throw new ServiceError("CONFLICT", `${email} is already a member of this workspace`);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITE_LINK_DAYS * 24 * 60 * 60 * 1000);
  return ctx.db.transaction(async (tx) => {
    await tx
      .update(workspaceInvites)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(workspaceInvites.workspaceId, ctx.workspaceId),
          eq(sql`lower(${workspaceInvites.email})`, email.toLowerCase()),
          isNull(workspaceInvites.acceptedAt),
          isNull(workspaceInvites.revokedAt),
        ),
      );
    const [invite] = await tx
      .insert(workspaceInvites)
      .values({
        workspaceId: ctx.workspaceId,
        email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedBy: ctx.actor?.userId ?? null,
        expiresAt,
      })
      .returning();
    if (!invite) throw new Error("invite insert returned no row");
    return {
      id: invite.id,
      email: invite.email,
      role: invite.role,
      expiresAt: invite.expiresAt.toISOString(),
      token,
    };
  });
}

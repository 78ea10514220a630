import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { users, workspaceInvites, workspaceMembers } from "@/db/schema";
import type { AcceptInviteInput } from "@/lib/schemas/team";
import { ServiceError } from "@/server/errors";
import { hashPassword, verifyPassword } from "@/server/services/auth/password-hash";
import { createSession } from "@/server/services/auth/sessions";
import { claimSignInAttempt, clearSignInAttempts } from "@/server/services/auth/sign-in-throttle";
import { findInviteByToken, findUserByEmail } from "./find-invite";

const INVITE_CLOSED: Record<string, string> = {
  accepted: "This invite link has already been used",
  revoked: "This invite link was revoked; ask the workspace owner for a new one",
  expired: "This invite link has expired; ask the workspace owner for a new one",
};

/** The invite a token stands for, if it can still be used. */
async function openInvite(db: Db | Tx, token: string, options = { lock: false }) {
  const found = await findInviteByToken(db, token, options);
  if (!found) throw new ServiceError("NOT_FOUND", "This invite link is not valid");
  const closed = INVITE_CLOSED[found.state];
  if (closed) throw new ServiceError("CONFLICT", closed);
  return found.invite;
}

/** The invitee's account: proven by its password when it has one, else given the one chosen. */
async function signInOrCreateUser(tx: Tx, email: string, input: AcceptInviteInput) {
  const existing = await findUserByEmail(tx, email);
  if (existing?.passwordHash) {
    if (!(await verifyPassword(input.password, existing.passwordHash))) {
      throw new ServiceError("UNAUTHORIZED", "Wrong password for this account");
    }
    return existing;
  }
  const passwordHash = await hashPassword(input.password);
  const [user] = existing
    ? await tx.update(users).set({ passwordHash }).where(eq(users.id, existing.id)).returning()
    : await tx
        .insert(users)
        .values({ email, name: input.name || null, passwordHash })
        .returning();
  if (!user) throw new Error("user write returned no row");
  return user;
}

/**
 * Uses an invite link once: a new address gets an account with the password chosen here; an
 * address that already has one proves it with its password, an attempt counted like a sign-in
 * (outside the transaction, so a wrong password still counts). Either way the user joins the
 * workspace with the invite's role and is signed in to it.
 */
export async function acceptInvite({ db, input }: { db: Db; input: AcceptInviteInput }) {
  const { email } = await openInvite(db, input.token);
  const hasPassword = Boolean((await findUserByEmail(db, email))?.passwordHash);
  if (hasPassword) await claimSignInAttempt(db, email);
  const session = await db.transaction(async (tx) => {
    const invite = await openInvite(tx, input.token, { lock: true });
    const user = await signInOrCreateUser(tx, invite.email, input);
    await tx
      .insert(workspaceMembers)
      .values({ workspaceId: invite.workspaceId, userId: user.id, role: invite.role })
      .onConflictDoNothing();
    await tx
      .update(workspaceInvites)
      .set({ acceptedAt: new Date() })
      .where(
        and(
          eq(workspaceInvites.workspaceId, invite.workspaceId),
          eq(workspaceInvites.id, invite.id),
        ),
      );
    return createSession(tx, user.id, invite.workspaceId);
  });
  if (hasPassword) await clearSignInAttempts(db, email);
  return session;
}

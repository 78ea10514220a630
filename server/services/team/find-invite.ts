import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { users, workspaceInvites, workspaces } from "@/db/schema";
import { hashToken } from "@/server/services/auth/sessions";

export type InviteState = "open" | "accepted" | "revoked" | "expired";

/** The invite a link's token stands for, with the workspace's name; null for an unknown token. */
export async function findInviteByToken(db: DbOrTx, token: string, options = { lock: false }) {
  const query = db
    .select({ invite: workspaceInvites, workspaceName: workspaces.name })
    .from(workspaceInvites)
    .innerJoin(workspaces, eq(workspaces.id, workspaceInvites.workspaceId))
    .where(eq(workspaceInvites.tokenHash, hashToken(token)));
  const [row] = options.lock ? await query.for("update", { of: workspaceInvites }) : await query;
  if (!row) return null;
  const { invite } = row;
  const state: InviteState = invite.acceptedAt
    ? "accepted"
    : invite.revokedAt
      ? "revoked"
      : invite.expiresAt <= new Date()
        ? "expired"
        : "open";
  return { ...row, state };
}

/** The account an invite's email already has, if any (matched without regard to case). */
export async function findUserByEmail(db: DbOrTx, email: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
  return user ?? null;
}

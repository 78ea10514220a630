import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { sessions, users, workspaceMembers, workspaces } from "@/db/schema";
import type { WorkspaceRole } from "@/lib/fields/workspace-roles";

export const SESSION_COOKIE = "leadport_session";
export const SESSION_DAYS = 30;

/** Hex SHA-256 of a secret token (a session cookie, an invite link); only the hash is stored. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new session; the token goes in the cookie, only its hash in the database. */
export async function createSession(
  db: DbOrTx,
  userId: string,
  workspaceId: string,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 60 * 60 * 1000);
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, workspaceId, expiresAt });
  return { token, expiresAt };
}

export interface SessionPrincipal {
  userId: string;
  email: string;
  workspaceId: string;
  workspaceName: string;
  role: WorkspaceRole;
}

export async function findSession(
  db: DbOrTx,
  token: string | undefined,
): Promise<SessionPrincipal | null> {
  if (!token) return null;
  const [row] = await db
    .select({
      userId: users.id,
      email: users.email,
      workspaceId: workspaces.id,
      workspaceName: workspaces.name,
      role: workspaceMembers.role,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(workspaces, eq(workspaces.id, sessions.workspaceId))
    // A session lasts only as long as its user's membership of the session's workspace.
    .innerJoin(
      workspaceMembers,
      and(
        eq(workspaceMembers.workspaceId, sessions.workspaceId),
        eq(workspaceMembers.userId, sessions.userId),
      ),
    )
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, new Date())));
  return row ?? null;
}

export async function deleteSession(db: DbOrTx, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** Points the session at another of its user's workspaces; the choice lasts as long as it does. */
export async function setSessionWorkspace(
  db: DbOrTx,
  token: string,
  workspaceId: string,
): Promise<void> {
  await db
    .update(sessions)
    .set({ workspaceId })
    .where(eq(sessions.tokenHash, hashToken(token)));
}

/** Ends every session a user has open on a workspace (removed from it, they are signed out). */
export async function deleteWorkspaceSessions(
  db: DbOrTx,
  userId: string,
  workspaceId: string,
): Promise<void> {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.workspaceId, workspaceId)));
}

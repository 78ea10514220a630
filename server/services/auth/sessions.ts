import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { sessions, users, workspaces } from "@/db/schema";

export const SESSION_COOKIE = "leadport_session";
export const SESSION_DAYS = 30;

function hashToken(token: string): string {
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
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(workspaces, eq(workspaces.id, sessions.workspaceId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, new Date())));
  return row ?? null;
}

export async function deleteSession(db: DbOrTx, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

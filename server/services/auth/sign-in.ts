import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { users, workspaceMembers } from "@/db/schema";
import { ServiceError } from "@/server/errors";
import { hashOfNoPassword, verifyPassword } from "./password-hash";
import { createSession } from "./sessions";
import { claimSignInAttempt, clearSignInAttempts } from "./sign-in-throttle";

const WRONG_CREDENTIALS = "Wrong email or password";

/**
 * Checks the password and opens a session on the user's first workspace. Every attempt is
 * counted against the account first (see claimSignInAttempt), and an unknown account's password
 * is checked against a hash all the same, so neither the answer nor its time tells whether the
 * account exists.
 */
export async function signIn(db: DbOrTx, input: { email: string; password: string }) {
  await claimSignInAttempt(db, input.email);
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, input.email.trim().toLowerCase()));
  const storedHash = user?.passwordHash ?? (await hashOfNoPassword());
  const isValid = await verifyPassword(input.password, storedHash);
  if (!user?.passwordHash || !isValid) throw new ServiceError("UNAUTHORIZED", WRONG_CREDENTIALS);
  await clearSignInAttempts(db, input.email);
  const [membership] = await db
    .select({ workspaceId: workspaceMembers.workspaceId })
    .from(workspaceMembers)
    .where(eq(workspaceMembers.userId, user.id))
    .orderBy(asc(workspaceMembers.createdAt))
    .limit(1);
  if (!membership) throw new ServiceError("FORBIDDEN", "This account belongs to no workspace");
  return createSession(db, user.id, membership.workspaceId);
}

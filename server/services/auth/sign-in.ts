import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { users, workspaceMembers } from "@/db/schema";
import { ServiceError } from "@/server/errors";
import { verifyPassword } from "./password-hash";
import { createSession } from "./sessions";

const WRONG_CREDENTIALS = "Wrong email or password";

/** Checks the password and opens a session on the user's first workspace. */
export async function signIn(db: DbOrTx, input: { email: string; password: string }) {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, input.email.trim().toLowerCase()));
  const isValid = user?.passwordHash
    ? await verifyPassword(input.password, user.passwordHash)
    : false;
  if (!user || !isValid) throw new ServiceError("UNAUTHORIZED", WRONG_CREDENTIALS);
  const [membership] = await db
    .select({ workspaceId: workspaceMembers.workspaceId })
    .from(workspaceMembers)
    .where(eq(workspaceMembers.userId, user.id))
    .orderBy(asc(workspaceMembers.createdAt))
    .limit(1);
  if (!membership) throw new ServiceError("FORBIDDEN", "This account belongs to no workspace");
  return createSession(db, user.id, membership.workspaceId);
}

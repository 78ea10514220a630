import { isNotNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users, workspaceMembers } from "@/db/schema";
import { ServiceError } from "@/server/errors";
import { getDefaultWorkspace } from "@/server/services/workspaces/get-default-workspace";
import { hashPassword } from "./password-hash";
import { createSession } from "./sessions";

/** Sign-up is open only until the first owner exists (the first visit sets up the account). */
export async function isSignUpOpen(db: Db): Promise<boolean> {
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(isNotNull(users.passwordHash))
    .limit(1);
  return !existing;
}

export async function signUpOwner(
  db: Db,
  input: { email: string; password: string; name?: string },
) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('leadport:owner-sign-up'))`);
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(isNotNull(users.passwordHash))
      .limit(1);
    if (existing)
      throw new ServiceError("FORBIDDEN", "Sign-up is closed: this Leadport already has an owner");
    const workspace = await getDefaultWorkspace({ db: tx });
    const [user] = await tx
      .insert(users)
      .values({
        email: input.email.trim(),
        name: input.name,
        passwordHash: await hashPassword(input.password),
      })
      .returning();
    if (!user) throw new Error("user insert returned no row");
    await tx
      .insert(workspaceMembers)
      .values({ workspaceId: workspace.id, userId: user.id, role: "owner" });
    return createSession(tx, user.id, workspace.id);
  });
}

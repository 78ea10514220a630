import type { Db } from "@/db/client";
import { workspaceMembers } from "@/db/schema";
import { users } from "@/db/schema/users";
import type { WorkspaceRole } from "@/lib/fields/workspace-roles";
import { createApiKey } from "@/server/services/api-keys/create-api-key";
import { hashPassword } from "@/server/services/auth/password-hash";
import { createWorkspace } from "@/server/services/workspaces/create-workspace";

/** A workspace with its own key, so tests never share data or rate-limit windows. */
export async function createTestWorkspace(
  db: Db,
  options: { name?: string; contactLimit?: number | null } = {},
) {
  const workspace = await createWorkspace({
    db,
    input: { name: options.name ?? "Test workspace", contactLimit: options.contactLimit },
  });
  const { key, id: keyId } = await createApiKey({
    db,
    input: { kind: "workspace", workspaceId: workspace.id, name: "test" },
  });
  return { workspace, workspaceId: workspace.id, key, keyId };
}

/** A user who belongs to the given workspaces, with a platform (sk_user_) key. */
export async function createTestPlatformUser(db: Db, workspaceIds: string[]) {
  const [user] = await db
    .insert(users)
    .values({ email: `user-${crypto.randomUUID()}@example.com` })
    .returning();
  if (!user) throw new Error("user insert returned no row");
  for (const workspaceId of workspaceIds) {
    await db.insert(workspaceMembers).values({ workspaceId, userId: user.id, role: "member" });
  }
  const { key } = await createApiKey({
    db,
    input: { kind: "user", userId: user.id, name: "test" },
  });
  return { user, key };
}

/** A user with a password who belongs to the workspace (an owner by default), for the web app. */
export async function createTestMember(
  db: Db,
  workspaceId: string,
  options: { role?: WorkspaceRole; password?: string } = {},
) {
  const password = options.password ?? "correct horse battery";
  const email = `member-${crypto.randomUUID()}@example.com`;
  const [user] = await db
    .insert(users)
    .values({ email, passwordHash: await hashPassword(password) })
    .returning();
  if (!user) throw new Error("user insert returned no row");
  await db
    .insert(workspaceMembers)
    .values({ workspaceId, userId: user.id, role: options.role ?? "owner" });
  return { user, email, password };
}

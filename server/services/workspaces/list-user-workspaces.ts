import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { workspaceMembers, workspaces } from "@/db/schema";

/** The workspaces a user belongs to, with their role in each, in the order they joined. */
export async function listUserWorkspaces({ db, userId }: { db: DbOrTx; userId: string }) {
  return db
    .select({ id: workspaces.id, name: workspaces.name, role: workspaceMembers.role })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .where(eq(workspaceMembers.userId, userId))
    .orderBy(asc(workspaceMembers.createdAt));
}

import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { workspaces } from "@/db/schema";
import { ServiceError } from "@/server/errors";

export async function getWorkspace({ db, workspaceId }: { db: DbOrTx; workspaceId: string }) {
  const [row] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!row) throw new ServiceError("NOT_FOUND", "Workspace not found");
  return row;
}

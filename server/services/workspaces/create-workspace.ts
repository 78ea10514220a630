import type { DbOrTx } from "@/db/client";
import { workspaces } from "@/db/schema";

export async function createWorkspace({
  db,
  input,
}: {
  db: DbOrTx;
  input: { name: string; contactLimit?: number | null };
}) {
  const [row] = await db
    .insert(workspaces)
    .values({ name: input.name, contactLimit: input.contactLimit ?? null })
    .returning();
  if (!row) throw new Error("workspace insert returned no row");
  return row;
}

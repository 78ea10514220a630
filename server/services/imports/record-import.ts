import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { imports } from "@/db/schema";

type NewImport = typeof imports.$inferInsert;
type ImportUpdate = Partial<Omit<NewImport, "workspaceId" | "id">>;

/** Opens the record of one import run, status `running`, before any lead is written. */
export async function startImportRecord(
  db: DbOrTx,
  values: Omit<NewImport, "id" | "status" | "startedAt">,
): Promise<string> {
  const [row] = await db.insert(imports).values(values).returning({ id: imports.id });
  if (!row) throw new Error("import insert returned no row");
  return row.id;
}

export async function updateImportRecord(
  db: DbOrTx,
  workspaceId: string,
  importId: string,
  values: ImportUpdate,
): Promise<void> {
  await db
    .update(imports)
    .set(values)
    .where(and(eq(imports.workspaceId, workspaceId), eq(imports.id, importId)));
}

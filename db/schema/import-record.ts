import { type AnyPgColumn, foreignKey, text } from "drizzle-orm/pg-core";
import { imports } from "./imports";

/**
 * The tables that make up an import's record (its batches, row report chunks and events): each
 * row names its import, and goes with it.
 */
export function importRecordColumns() {
  return {
    workspaceId: text("workspace_id").notNull(),
    importId: text("import_id").notNull(),
  };
}

export function belongsToImport(t: { workspaceId: AnyPgColumn; importId: AnyPgColumn }) {
  return foreignKey({
    columns: [t.workspaceId, t.importId],
    foreignColumns: [imports.workspaceId, imports.id],
  }).onDelete("cascade");
}

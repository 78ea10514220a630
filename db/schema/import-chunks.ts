import {
  foreignKey,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { imports } from "./imports";

/**
 * One row per chunk the web wizard sent, written in the chunk's own transaction: a chunk sent
 * twice (a retry after a dropped connection) finds its row and gets the stored outcomes back.
 */
export const importChunks = pgTable(
  "import_chunks",
  {
    workspaceId: text("workspace_id").notNull(),
    importId: text("import_id").notNull(),
    chunkIndex: integer("chunk_index").notNull(),
    rowCount: integer("row_count").notNull(),
    outcomes: jsonb("outcomes").$type<unknown[]>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.importId, t.chunkIndex] }),
    foreignKey({
      columns: [t.workspaceId, t.importId],
      foreignColumns: [imports.workspaceId, imports.id],
    }).onDelete("cascade"),
  ],
);

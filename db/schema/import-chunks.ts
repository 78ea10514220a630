import { sql } from "drizzle-orm";
import { integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { belongsToImport, importRecordColumns } from "./import-record";

/**
 * An import's row report, a chunk of rows at a time: every row's outcome, numbered as its user
 * knows the rows. The web wizard writes one per chunk it sends, in the chunk's own transaction, so
 * a chunk sent twice (a retry after a dropped connection) finds its row and gets the stored
 * outcomes back; the other doors write theirs when the import finishes.
 */
export const importChunks = pgTable(
  "import_chunks",
  {
    ...importRecordColumns(),
    chunkIndex: integer("chunk_index").notNull(),
    rowCount: integer("row_count").notNull(),
    /** Its rows' outcomes, one line each (see `lib/leads/row-report-lines.ts`). */
    report: text("report").notNull(),
    /** The chunk's cells edited in the wizard: row, column, the file's value and the one sent. */
    edits: jsonb("edits")
      .$type<Array<{ row: number; column: string; before: string; after: string }>>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.importId, t.chunkIndex] }), belongsToImport(t)],
);

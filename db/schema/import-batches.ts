import { sql } from "drizzle-orm";
import { bigint, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { belongsToImport, importRecordColumns } from "./import-record";

/**
 * What each batch of an import wrote, in the batch's own statement: the leads it created, and for
 * the leads it restored, updated or tagged only what it changed, with the values they had before
 * (see `server/services/leads/record-batch.ts` for the format). What undo needs lives here, in the
 * import's own record, one row per batch, so the leads table carries nothing extra for it.
 */
export const importBatches = pgTable(
  "import_batches",
  {
    ...importRecordColumns(),
    id: bigint("id", { mode: "number" }).generatedAlwaysAsIdentity(),
    /**
     * The batch transaction's time: the `updated_at` it gave every lead it wrote. A lead whose
     * `updated_at` differs has changed since (a later import, an edit), which undo calls a conflict.
     */
    writtenAt: timestamp("written_at", { withTimezone: true }).notNull().defaultNow(),
    created: text("created").array().notNull().default(sql`'{}'::text[]`),
    /** `{ leadId: prior }` for every lead the batch restored, updated or tagged. */
    changed: jsonb("changed").$type<Record<string, Record<string, unknown>>>(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.importId, t.id] }), belongsToImport(t)],
);

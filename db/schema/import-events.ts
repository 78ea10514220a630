import { sql } from "drizzle-orm";
import { bigint, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { IMPORT_EVENT_KINDS } from "@/lib/fields/import-statuses";
import { belongsToImport, importRecordColumns } from "./import-record";

/** What happened to an import after it ran (its undo), with who did it. */
export const importEvents = pgTable(
  "import_events",
  {
    ...importRecordColumns(),
    id: bigint("id", { mode: "number" }).generatedAlwaysAsIdentity(),
    kind: text("kind", { enum: IMPORT_EVENT_KINDS }).notNull(),
    /** `undone`: the undo's counts, whether it was forced, and the conflicts it left. */
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    actorUserId: text("actor_user_id"),
    actorKeyId: text("actor_key_id"),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.importId, t.id] }), belongsToImport(t)],
);

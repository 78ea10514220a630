import { sql } from "drizzle-orm";
import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { LEAD_EVENT_KINDS } from "@/lib/fields/lead-events";
import { workspaces } from "./workspaces";

/**
 * What people did to a lead after it was imported: edits (PATCH from the web app or the API),
 * deletes and bulk tag changes, one row per lead, written set-based with the change itself. The
 * history page reads it, and an import's undo can ask whether a lead changed after the import.
 */
export const leadEvents = pgTable(
  "lead_events",
  {
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    id: bigint("id", { mode: "number" }).generatedAlwaysAsIdentity(),
    /**
     * No foreign key to `leads`: leads are only soft-deleted (their events go with the workspace),
     * and a check per row would cost writing a bulk action's events far more than the insert.
     */
    leadId: text("lead_id").notNull(),
    kind: text("kind", { enum: LEAD_EVENT_KINDS }).notNull(),
    /** `edited`: `{ field: { from, to } }` of the fields that changed; tag events: `{ tag }`. */
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    /** Who did it: a signed-in user (web app), or an API key (and its user, for platform keys). */
    actorUserId: text("actor_user_id"),
    actorKeyId: text("actor_key_id"),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("lead_events_lead_idx").on(t.workspaceId, t.leadId, t.createdAt),
  ],
);

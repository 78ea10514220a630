import { sql } from "drizzle-orm";
import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { DEFAULT_UNDO_WINDOW_DAYS } from "@/lib/limits";

export const workspaces = pgTable("workspaces", {
  id: text("id").primaryKey().default(sql`gen_random_uuid()::text`),
  name: text("name").notNull(),
  /** Maximum active (not soft-deleted) leads; null means unlimited. */
  contactLimit: integer("contact_limit"),
  /** How long after it started an import can be undone. */
  undoWindowDays: integer("undo_window_days").notNull().default(DEFAULT_UNDO_WINDOW_DAYS),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

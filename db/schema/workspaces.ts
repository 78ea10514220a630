import { sql } from "drizzle-orm";
import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const workspaces = pgTable("workspaces", {
  id: text("id").primaryKey().default(sql`gen_random_uuid()::text`),
  name: text("name").notNull(),
  /** Maximum active (not soft-deleted) leads; null means unlimited. */
  contactLimit: integer("contact_limit"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

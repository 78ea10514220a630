import { sql } from "drizzle-orm";
import {
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { workspaces } from "./workspaces";

export const leads = pgTable(
  "leads",
  {
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    id: text("id").notNull().default(sql`gen_random_uuid()::text`),
    /** As given (after cleanup when it is on). */
    email: text("email").notNull(),
    /** Trimmed, lower-cased email: the lead's identity within its workspace. */
    emailKey: text("email_key").notNull(),
    firstName: text("first_name"),
    lastName: text("last_name"),
    companyName: text("company_name"),
    jobTitle: text("job_title"),
    phone: text("phone"),
    linkedinUrl: text("linkedin_url"),
    website: text("website"),
    city: text("city"),
    state: text("state"),
    country: text("country"),
    timezone: text("timezone"),
    notes: text("notes"),
    source: text("source"),
    status: text("status"),
    emailStatus: text("email_status").notNull().default("unverified"),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    customFields: jsonb("custom_fields")
      .$type<Record<string, string>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** The import run that last created, updated or restored this lead. */
    lastImportId: text("last_import_id"),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    /** Millisecond precision, so a page cursor (a JS Date) compares exactly. */
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("leads_active_email_key")
      .on(t.workspaceId, t.emailKey)
      .where(sql`${t.deletedAt} is null`),
    index("leads_deleted_email_idx")
      .on(t.workspaceId, t.emailKey)
      .where(sql`${t.deletedAt} is not null`),
    index("leads_tags_idx").using("gin", t.tags),
    index("leads_listing_idx").on(t.workspaceId, t.createdAt, t.id),
    index("leads_import_idx").on(t.workspaceId, t.lastImportId),
  ],
);

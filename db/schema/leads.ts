import { type SQL, sql } from "drizzle-orm";
import {
  index,
  jsonb,
  type PgColumn,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

/** Between the searched columns in `leadSearchText`: a character no search is trimmed to. */
export const SEARCH_TEXT_SEPARATOR = "\u0001";

/**
 * What a lead search reads (seed README: "text in email, names or company"): the four columns in
 * one text, which the trigram index `leads_search_idx` holds. A search without the separator
 * matches it exactly when it matches one of the columns, since no match can span a separator.
 */
export function leadSearchText(columns: {
  emailKey: PgColumn;
  firstName: PgColumn;
  lastName: PgColumn;
  companyName: PgColumn;
}): SQL {
  const { emailKey, firstName, lastName, companyName } = columns;
  return sql`(${emailKey} || E'\\x01' || coalesce(${firstName}, '') || E'\\x01' || coalesce(${lastName}, '') || E'\\x01' || coalesce(${companyName}, ''))`;
}

export const leads = pgTable(
  "leads",
  {
    // No foreign key to workspaces: PostgreSQL checks one per inserted lead (a lookup and a lock
    // on the same workspace row), about 300 ms of database CPU per 50,000. The engine's upsert
    // (write-lead-batch.ts) holds the workspace row once per batch instead; nothing deletes a
    // workspace.
    workspaceId: text("workspace_id").notNull(),
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
    // Not partial: the planner uses an expression index's statistics only when it is not, and
    // without them it cannot tell a search matching half the leads from one matching a few.
    index("leads_search_idx").using("gin", sql`${leadSearchText(t)} gin_trgm_ops`),
  ],
);

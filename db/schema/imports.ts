import { sql } from "drizzle-orm";
import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { IMPORT_DOORS } from "@/lib/fields/import-doors";
import { IMPORT_STATUSES } from "@/lib/fields/import-statuses";
import { workspaces } from "./workspaces";

/**
 * One row per import run, whatever door it came through: the history lists them, and with the
 * batches it wrote (`import_batches`) an import can be undone.
 */
export const imports = pgTable(
  "imports",
  {
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    id: text("id").notNull().default(sql`gen_random_uuid()::text`),
    door: text("door", { enum: IMPORT_DOORS }).notNull(),
    status: text("status", { enum: IMPORT_STATUSES }).notNull().default("running"),
    /** Who ran it: a signed-in user (the wizard), or an API key (and its user, for platform keys). */
    actorUserId: text("actor_user_id"),
    actorKeyId: text("actor_key_id"),
    /** The campaign the campaign doors (and a wizard import into a campaign) added leads to. */
    campaignId: text("campaign_id"),
    options: jsonb("options").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    /** The one outcome tally of its rows (lib/leads/outcome-tally.ts). */
    counts: jsonb("counts").$type<Record<string, number>>().notNull().default(sql`'{}'::jsonb`),
    /** Campaign doors: memberships it added, and leads that were in the campaign already. */
    campaignAdded: integer("campaign_added"),
    campaignAlreadyMembers: integer("campaign_already_members"),
    totalRows: integer("total_rows").notNull().default(0),
    fileName: text("file_name"),
    fileSize: bigint("file_size", { mode: "number" }),
    encoding: text("encoding"),
    delimiter: text("delimiter"),
    /** The sheet a workbook's rows came from (`encoding` is then `xlsx`). */
    sheet: text("sheet"),
    mapping: jsonb("mapping").$type<Record<string, string>>(),
    /** Every failed row, not only the first 100 the API answers with. */
    rowErrors: jsonb("row_errors")
      .$type<Array<{ row: number; email?: string; error: string }>>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    warnings: jsonb("warnings").$type<Record<string, unknown>>(),
    /** Rows the user chose not to import in the wizard's review, by row number. */
    skippedRows: jsonb("skipped_rows").$type<number[]>().notNull().default(sql`'[]'::jsonb`),
    errorMessage: text("error_message"),
    /** Rows in batches (chunks, for the wizard) written so far; with totalRows, its progress. */
    processedRows: integer("processed_rows").notNull().default(0),
    /**
     * The server process running it (see server/process-lease.ts); for a wizard import, the one
     * that applied its last chunk. A running import whose process is gone is `interrupted`.
     */
    runnerId: text("runner_id"),
    /** When its progress was last written. */
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }),
    /** Millisecond precision, so a page cursor (a JS Date) compares exactly. */
    startedAt: timestamp("started_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("imports_listing_idx").on(t.workspaceId, t.startedAt, t.id),
    index("imports_running_idx").on(t.runnerId).where(sql`${t.status} = 'running'`),
  ],
);

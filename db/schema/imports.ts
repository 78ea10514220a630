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
import { IMPORT_STATUSES } from "@/lib/fields/import-statuses";
import { workspaces } from "./workspaces";

export const IMPORT_SOURCES = ["api", "csv", "ui"] as const;

/** One row per import run, whatever door it came through. */
export const imports = pgTable(
  "imports",
  {
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    id: text("id").notNull().default(sql`gen_random_uuid()::text`),
    source: text("source", { enum: IMPORT_SOURCES }).notNull(),
    status: text("status", { enum: IMPORT_STATUSES }).notNull().default("running"),
    endpoint: text("endpoint"),
    options: jsonb("options").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    counts: jsonb("counts").$type<Record<string, number>>().notNull().default(sql`'{}'::jsonb`),
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
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("imports_listing_idx").on(t.workspaceId, t.startedAt),
    index("imports_running_idx").on(t.runnerId).where(sql`${t.status} = 'running'`),
  ],
);

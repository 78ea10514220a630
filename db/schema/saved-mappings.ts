import { jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { workspaces } from "./workspaces";

/** The mapping a workspace last used for a set of headers, offered again for the same set. */
export const savedMappings = pgTable(
  "saved_mappings",
  {
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    /** SHA-256 of the sorted, normalised header names. */
    headerSetHash: text("header_set_hash").notNull(),
    mapping: jsonb("mapping").$type<Record<string, string>>().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.headerSetHash] })],
);

/**
 * The sheet a workspace last imported from a workbook with these sheets, chosen again by default
 * for a workbook with the same sheet names.
 */
export const savedSheetChoices = pgTable(
  "saved_sheet_choices",
  {
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    /** SHA-256 of the workbook's sheet names, in order. */
    sheetSetHash: text("sheet_set_hash").notNull(),
    sheet: text("sheet").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.sheetSetHash] })],
);

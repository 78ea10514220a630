import { z } from "zod";
import { IMPORT_DOORS } from "@/lib/fields/import-doors";
import { IMPORT_STATUSES } from "@/lib/fields/import-statuses";
import { WIZARD_COUNT_KEYS } from "@/lib/leads/outcome-tally";
import { MAX_UNDO_WINDOW_DAYS } from "@/lib/limits";
import { pageSizeSchema } from "./lead";

/** An import named by the web app's procedures. */
export const importIdSchema = z.object({ importId: z.string().min(1).max(200) });

/** `GET /v1/imports` and the Imports page: newest first, by door and status. */
export const listImportsQuerySchema = z.object({
  door: z.enum(IMPORT_DOORS).optional().describe("Only imports through this door"),
  status: z.enum(IMPORT_STATUSES).optional().describe("Only imports in this state"),
  cursor: z.string().optional().describe("`nextCursor` of the previous page"),
  limit: pageSizeSchema,
});

export type ListImportsQuery = z.infer<typeof listImportsQuerySchema>;

/** A query-string boolean: `true`/`false`, as forms and URLs send them. */
const flag = z
  .union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")])
  .default(false);

/** `POST /v1/imports/{id}/undo`. */
export const undoImportInputSchema = z
  .object({
    dryRun: flag.describe("Answer what the undo would do, changing nothing"),
    force: flag.describe(
      "Undo leads that changed after the import too (conflicts), overwriting those changes",
    ),
  })
  .meta({ id: "UndoImportInput" });

export type UndoImportInput = z.infer<typeof undoImportInputSchema>;

/** `GET /v1/imports/{id}/rows` and the import page's row report. */
export const listImportRowsQuerySchema = z.object({
  outcome: z
    .enum(WIZARD_COUNT_KEYS)
    .optional()
    .describe("Only rows with this outcome, as the import's counts name them"),
  after: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .describe("`nextAfter` of the previous page: rows numbered above it"),
  limit: pageSizeSchema,
});

export type ListImportRowsQuery = z.infer<typeof listImportRowsQuerySchema>;

export const undoWindowInputSchema = z.object({
  days: z.number().int().min(1).max(MAX_UNDO_WINDOW_DAYS),
});

const actorSchema = z
  .object({
    kind: z.enum(["user", "apiKey"]),
    id: z.string(),
    name: z.string().describe("The user's email, or the API key's name"),
  })
  .meta({ id: "ImportActor" });

const countsSchema = z
  .object({
    created: z.number(),
    updated: z.number(),
    skipped: z.number().describe("Leads already in the workspace, left as they were"),
    restored: z.number().describe("Soft-deleted leads brought back"),
    failed: z.number(),
    repeated: z.number().describe("Rows whose email appeared earlier in the same import"),
    campaignAdded: z.number().optional().describe("Campaign doors: memberships added"),
    campaignAlreadyMembers: z.number().optional().describe("Campaign doors: leads already in it"),
  })
  .meta({ id: "ImportCounts" });

export const importSummarySchema = z
  .object({
    id: z.string(),
    door: z.enum(IMPORT_DOORS),
    status: z.enum(IMPORT_STATUSES),
    fileName: z.string().nullable(),
    fileSize: z.number().nullable().describe("Bytes"),
    encoding: z.string().nullable(),
    delimiter: z.string().nullable(),
    campaignId: z.string().nullable(),
    ranBy: actorSchema.nullable(),
    totalRows: z.number(),
    counts: countsSchema,
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
    durationMs: z.number().nullable(),
    undoableUntil: z.iso.datetime().nullable().describe("Null once undone"),
  })
  .meta({ id: "ImportSummary" });

export type ImportSummary = z.infer<typeof importSummarySchema>;

export const undoCountsSchema = z
  .object({
    deleted: z.number().describe("Leads the import created, soft-deleted"),
    deletedAgain: z.number().describe("Leads the import restored, deleted again"),
    reverted: z.number().describe("Leads the import updated or tagged, given their values back"),
    membershipsRemoved: z.number().describe("Campaign memberships the import added, removed"),
    conflicts: z.number().describe("Leads changed after the import"),
    overridden: z.number().describe("Conflicts undone anyway (force)"),
  })
  .meta({ id: "UndoCounts" });

export type UndoCounts = z.infer<typeof undoCountsSchema>;

const undoEventSchema = z.object({
  at: z.iso.datetime(),
  by: actorSchema.nullable(),
  forced: z.boolean(),
  counts: undoCountsSchema,
});

export const importDetailSchema = importSummarySchema
  .extend({
    options: z.record(z.string(), z.unknown()),
    mapping: z.record(z.string(), z.string()).nullable(),
    warnings: z.record(z.string(), z.unknown()).nullable(),
    errorMessage: z.string().nullable(),
    processedRows: z.number(),
    editedCells: z
      .number()
      .describe("Web wizard: cells edited in its review before the import, among the rows sent"),
    skippedByChoice: z
      .number()
      .describe("Web wizard: rows the user chose not to import in its review (never sent)"),
    undo: undoEventSchema.nullable(),
  })
  .meta({ id: "ImportDetail" });

export type ImportDetail = z.infer<typeof importDetailSchema>;

export const importPageSchema = z
  .object({ imports: z.array(importSummarySchema), nextCursor: z.string().nullable() })
  .meta({ id: "ImportPage" });

const changeValue = z.union([z.string(), z.array(z.string()), z.null()]);

export const undoConflictSchema = z
  .object({
    leadId: z.string(),
    email: z.string(),
    action: z.enum(["delete", "delete-again", "revert"]),
    reason: z.enum(["later-import", "edited", "deleted", "campaign", "changed", "unknown"]),
    changes: z
      .record(z.string(), z.object({ from: changeValue, to: changeValue }))
      .describe("What undo would set, field by field (`custom:<name>` for custom fields)"),
  })
  .meta({ id: "UndoConflict" });

export type UndoConflict = z.infer<typeof undoConflictSchema>;

export const undoResultSchema = z
  .object({
    importId: z.string(),
    dryRun: z.boolean(),
    forced: z.boolean(),
    counts: undoCountsSchema,
    conflicts: z.array(undoConflictSchema).describe("The first 100 conflicts"),
  })
  .meta({ id: "UndoResult" });

export type UndoResult = z.infer<typeof undoResultSchema>;

export const importRowSchema = z
  .object({
    row: z.number().describe("The line in the file, or the position in a JSON body"),
    outcome: z.enum(WIZARD_COUNT_KEYS),
    email: z.string().nullable().describe("The row's email, or its lead's"),
    leadId: z.string().nullable(),
    detail: z.string().nullable().describe("Why a row failed, or the row a repeat repeats"),
    edits: z
      .array(z.object({ column: z.string(), before: z.string(), after: z.string() }))
      .describe("Web wizard: the row's cells edited in its review, with the file's values"),
  })
  .meta({ id: "ImportRow" });

export const importRowPageSchema = z
  .object({ rows: z.array(importRowSchema), nextAfter: z.number().nullable() })
  .meta({ id: "ImportRowPage" });

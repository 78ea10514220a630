import { z } from "zod";
import { EMAIL_STATUSES } from "@/lib/fields/catalogue";
import {
  CHUNK_ROWS,
  formatLimit,
  MAX_CHUNK_EDITS,
  MAX_CSV_COLUMNS,
  MAX_CSV_RECORD_BYTES,
  MAX_WIZARD_ROWS,
} from "@/lib/limits";
import { importOptionsSchema } from "./import-options";
import { storableString } from "./storable-text";
import { tableReadingSchema } from "./table-reading";

/** The options the wizard's step 3 sets: the API's, plus a campaign to add every lead to. */
export const wizardImportOptionsSchema = importOptionsSchema
  .pick({ skipDuplicates: true, dataCleanup: true, tag: true, defaultCountry: true })
  .extend({ campaignId: z.string().optional() });

export type WizardImportOptions = z.output<typeof wizardImportOptionsSchema>;

export const startWizardImportInputSchema = z.object({
  fileName: storableString().max(500),
  fileSize: z.number().int().min(0),
  totalRows: z.number().int().min(1).max(MAX_WIZARD_ROWS),
  encoding: storableString().max(40),
  delimiter: storableString().max(4).describe("Empty for a workbook"),
  sheet: tableReadingSchema.shape.sheet,
  mapping: z
    .record(storableString(), storableString())
    .refine((mapping) => Object.keys(mapping).length <= MAX_CSV_COLUMNS, {
      message: `more than ${formatLimit(MAX_CSV_COLUMNS)} columns`,
    }),
  options: wizardImportOptionsSchema,
  /** Rows the user chose not to import in the review, by row number: the record keeps them. */
  skippedRows: z.array(z.number().int().min(1)).max(MAX_WIZARD_ROWS).default([]),
});

/**
 * A cell edited in the wizard's review before the import: its row, its column's header, the
 * file's value and the value sent. The record keeps them, so nothing changes silently. Text that
 * PostgreSQL cannot store is replaced when recorded, never refused: it came from the user's file.
 */
export const wizardEditSchema = z.object({
  row: z.number().int().min(1),
  column: z.string().max(MAX_CSV_RECORD_BYTES),
  before: z.string().max(MAX_CSV_RECORD_BYTES),
  after: z.string().max(MAX_CSV_RECORD_BYTES),
});

export type WizardEdit = z.infer<typeof wizardEditSchema>;

/** A lead record as the wizard builds it from a row and the mapping. */
export const wizardLeadRecordSchema = z
  .object({
    email: z.string().optional(),
    emailStatus: z.enum(EMAIL_STATUSES).optional(),
    tags: z.array(z.string()).optional(),
    customFields: z.record(z.string(), z.string()).optional(),
  })
  .catchall(z.string());

export const importChunkInputSchema = z.object({
  importId: z.string().optional().describe("Absent for a dry run"),
  chunkIndex: z.number().int().min(0),
  /** The file row number of each record, for the row report. */
  rowNumbers: z.array(z.number().int()).max(CHUNK_ROWS),
  records: z.array(wizardLeadRecordSchema).min(1).max(CHUNK_ROWS),
  options: wizardImportOptionsSchema,
  dryRun: z.boolean().default(false),
  /** The chunk's cells edited in the wizard; each names one of `rowNumbers`. */
  edits: z.array(wizardEditSchema).max(MAX_CHUNK_EDITS).default([]),
});

export type ImportChunkInput = z.infer<typeof importChunkInputSchema>;
export type StartWizardImportInput = z.infer<typeof startWizardImportInputSchema>;

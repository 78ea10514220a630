import { z } from "zod";
import {
  CHUNK_ROWS,
  formatLimit,
  MAX_CHUNK_EDITS,
  MAX_CSV_COLUMNS,
  MAX_CSV_RECORD_BYTES,
  MAX_WIZARD_ROWS,
} from "@/lib/limits";
import { parseMappingTarget } from "@/lib/mapping/mapping-target";
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

/**
 * Where one of a chunk's columns goes, written as the CSV door's mapping writes a target. `skip`
 * is not one: the wizard sends only the columns it imports.
 */
const chunkTargetSchema = z
  .string()
  .max(MAX_CSV_RECORD_BYTES)
  .transform((text, ctx) => {
    const target = parseMappingTarget(text);
    if (target !== null && target !== "skip") return target;
    ctx.issues.push({ code: "custom", message: `"${text}" is not a field to import`, input: text });
    return z.NEVER;
  });

export const importChunkInputSchema = z.object({
  importId: z.string().optional().describe("Absent for a dry run"),
  chunkIndex: z.number().int().min(0),
  /** The file row number of each row, for the row report. */
  rowNumbers: z.array(z.number().int()).max(CHUNK_ROWS),
  /** The field each of a row's cells goes to; none when no column is mapped (every row fails). */
  targets: z.array(chunkTargetSchema).max(MAX_CSV_COLUMNS),
  /**
   * The rows as the wizard has them (with its edits), one cell a target: the server makes them
   * leads as it does a CSV's rows. Cells of strings, not records, because Chromium's worker
   * sent a chunk of records (field names repeated on every row) in about 40 % more bytes and
   * twice the time.
   */
  rows: z.array(z.array(z.string()).max(MAX_CSV_COLUMNS)).min(1).max(CHUNK_ROWS),
  options: wizardImportOptionsSchema,
  dryRun: z.boolean().default(false),
  /** The chunk's cells edited in the wizard; each names one of `rowNumbers`. */
  edits: z.array(wizardEditSchema).max(MAX_CHUNK_EDITS).default([]),
});

export type ImportChunkInput = z.infer<typeof importChunkInputSchema>;
export type StartWizardImportInput = z.infer<typeof startWizardImportInputSchema>;

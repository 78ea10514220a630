import { z } from "zod";
import { MAX_SHEET_NAME_LENGTH } from "@/lib/limits";

/** A workbook's sheet, as a client names it (the wizard sends the name it read). */
export const sheetSchema = z
  .string()
  .max(MAX_SHEET_NAME_LENGTH)
  .describe(
    "Ours: for an Excel workbook (.xlsx, .xlsm), the sheet to import: its name, or its position counted from 0. Default: the first visible sheet with data. Ignored for CSV files.",
  );

/**
 * How an uploaded file is read rather than detected, whichever door it comes through: the one
 * definition the CSV form and the wizard's start derive their fields from.
 */
export const tableReadingSchema = z.object({
  encoding: z
    .enum(["utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"])
    .optional()
    .describe("Ours: force the file's encoding instead of detecting it"),
  delimiter: z
    .enum([",", ";", "\t", "|"])
    .optional()
    .describe("Ours: force the delimiter instead of detecting it"),
  sheet: sheetSchema.optional(),
});

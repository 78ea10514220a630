import { z } from "zod";

const formBoolean = z
  .enum(["true", "false", "1", "0"], { message: 'must be "true" or "false"' })
  .transform((value) => value === "true" || value === "1");

/** The text fields of a CSV upload (seeds 001, 002); `file` is streamed separately. */
export const csvUploadFieldsSchema = z
  .object({
    file: z
      .string()
      .optional()
      .describe("CSV file with headers. Must contain an email column.")
      .meta({ format: "binary" }),
    mapping: z
      .string()
      .optional()
      .describe(
        'JSON object mapping CSV headers to a standard field, "skip", or "custom:<Name>", e.g. {"Email Address": "email", "Industry": "custom:Industry"}. Other columns are auto-detected.',
      ),
    skipDuplicates: formBoolean
      .default(true)
      .describe("Skip leads whose email already exists (false = update existing)"),
    dataCleanup: formBoolean.default(true).describe("Normalize emails, phone numbers, names"),
    tag: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe("Tag to apply to all imported leads"),
    dryRun: formBoolean.default(false).describe("Ours: validate and count without writing"),
    defaultCountry: z
      .string()
      .trim()
      .optional()
      .describe("Ours: country for phone numbers without one"),
    encoding: z
      .enum(["utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"])
      .optional()
      .describe("Ours: force the file's encoding instead of detecting it"),
    delimiter: z
      .enum([",", ";", "\t", "|"])
      .optional()
      .describe("Ours: force the delimiter instead of detecting it"),
  })
  .meta({ id: "CsvUpload" });

export type CsvUploadFields = z.infer<typeof csvUploadFieldsSchema>;

import { z } from "zod";
import { importOptionsSchema } from "./import-options";
import { tableReadingSchema } from "./table-reading";

const options = importOptionsSchema.shape;

/** An option's boolean as a form field sends it, with the option's own default and description. */
function formBoolean(option: z.ZodDefault<z.ZodBoolean>) {
  return z
    .enum(["true", "false", "1", "0"], { message: 'must be "true" or "false"' })
    .transform((value) => value === "true" || value === "1")
    .default(option.def.defaultValue)
    .describe(option.description ?? "");
}

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
    skipDuplicates: formBoolean(options.skipDuplicates),
    dataCleanup: formBoolean(options.dataCleanup),
    tag: options.tag,
    dryRun: formBoolean(options.dryRun).describe("Ours: validate and count without writing"),
    defaultCountry: options.defaultCountry.describe("Ours: country for phone numbers without one"),
    ...tableReadingSchema.shape,
  })
  .meta({ id: "CsvUpload" });

export type CsvUploadFields = z.infer<typeof csvUploadFieldsSchema>;

import { z } from "zod";
import { MAX_COUNTRY_INPUT_LENGTH, MAX_TAG_LENGTH } from "@/lib/limits";
import { IMPORT_OPTION_DEFAULTS as DEFAULTS } from "./import-option-defaults";
import { storableString } from "./storable-text";

/**
 * The options of an import, whatever its door (seeds 000–003, the wizard): the one definition.
 * Each door's form is derived from it (`.pick`, `.omit`, `.extend`), and the engine takes its
 * output, so a default or a bound written here holds everywhere.
 */
export const importOptionsSchema = z.object({
  skipDuplicates: z
    .boolean()
    .default(DEFAULTS.skipDuplicates)
    .describe("Skip leads whose email already exists (false = update existing)"),
  dataCleanup: z
    .boolean()
    .default(DEFAULTS.dataCleanup)
    .describe("Normalize emails, phone numbers, names"),
  tag: storableString()
    .trim()
    .min(1)
    .max(MAX_TAG_LENGTH)
    .optional()
    .describe("Tag to apply to all imported leads"),
  dryRun: z
    .boolean()
    .default(DEFAULTS.dryRun)
    .describe("Validate and count exactly as a real call would, writing nothing"),
  defaultCountry: storableString()
    .trim()
    .max(MAX_COUNTRY_INPUT_LENGTH)
    .optional()
    .describe("Country (ISO code or name) for phone numbers without one, e.g. `US`"),
  restoreDeleted: z
    .boolean()
    .default(DEFAULTS.restoreDeleted)
    .describe("Restore soft-deleted leads with the same email (false = count them as duplicates)"),
});

export type ImportOptions = z.output<typeof importOptionsSchema>;
export type ImportOptionsInput = z.input<typeof importOptionsSchema>;

/**
 * A door's options completed with the defaults of those it does not offer (a bulk call always
 * restores, seed 003 never updates, …). Keys that are not options are dropped.
 */
export function toImportOptions(input: ImportOptionsInput): ImportOptions {
  return importOptionsSchema.parse(input);
}

/** Every option at its default: match leads by email, create the new ones, clean them up. */
export const DEFAULT_IMPORT_OPTIONS: ImportOptions = toImportOptions({});

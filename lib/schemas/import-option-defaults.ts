/**
 * The defaults of the import options (seeds 000–003), read by `importOptionsSchema` and by the
 * wizard's form; apart from the schema so that the browser reads them without loading zod.
 */
export const IMPORT_OPTION_DEFAULTS = {
  skipDuplicates: true,
  dataCleanup: true,
  dryRun: false,
  restoreDeleted: true,
} as const;

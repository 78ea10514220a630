import { summarizeBulkImport } from "@/lib/leads/summarize-outcomes";
import { MAX_BULK_IMPORT_LEADS } from "@/lib/limits";
import { toImportOptions } from "@/lib/schemas/import-options";
import type { BulkImportBody } from "@/lib/schemas/lead";
import type { ServiceContext } from "@/server/services/context";
import { importJsonLeads } from "./import-json-leads";

/** `POST /v1/leads/bulk-import`: create new leads, restore soft-deleted ones, report duplicates. */
export async function bulkImportLeads({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: BulkImportBody;
}) {
  const { leads, ...options } = input;
  const { records, outcomes } = await importJsonLeads({
    ctx,
    leads,
    maxLeads: MAX_BULK_IMPORT_LEADS,
    options: toImportOptions(options),
    door: "bulk-import",
  });
  return summarizeBulkImport(outcomes, records);
}

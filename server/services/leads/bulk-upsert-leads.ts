import { summarizeBulk } from "@/lib/leads/summarize-outcomes";
import { MAX_BULK_LEADS } from "@/lib/limits";
import { toImportOptions } from "@/lib/schemas/import-options";
import type { BulkLeadsBody } from "@/lib/schemas/lead";
import type { ServiceContext } from "@/server/services/context";
import { importJsonLeads } from "./import-json-leads";

/** `POST /v1/leads/bulk`: create leads, and skip or update those whose email exists (seed 000). */
export async function bulkUpsertLeads({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: BulkLeadsBody;
}) {
  const { leads, ...options } = input;
  const { records, outcomes } = await importJsonLeads({
    ctx,
    leads,
    maxLeads: MAX_BULK_LEADS,
    options: toImportOptions(options),
    door: "bulk",
  });
  return summarizeBulk(outcomes);
}

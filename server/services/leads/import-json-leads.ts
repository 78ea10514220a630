import type { ImportDoor } from "@/lib/fields/import-doors";
import { leadFromJson } from "@/lib/leads/lead-from-json";
import type { ImportOptions } from "@/lib/schemas/import-options";
import type { LeadInput } from "@/lib/schemas/lead";
import type { ServiceContext } from "@/server/services/context";
import { withImportRecord } from "@/server/services/imports/with-import-record";
import { assertLeadCount } from "./assert-lead-count";
import { importLeads } from "./import-leads";

/** The JSON import endpoints' shared path: count limits, JSON keys to records, the recorded run. */
export async function importJsonLeads({
  ctx,
  leads,
  maxLeads,
  options,
  door,
}: {
  ctx: ServiceContext;
  leads: LeadInput[] | undefined;
  maxLeads: number;
  options: ImportOptions;
  door: ImportDoor;
}) {
  assertLeadCount(leads, maxLeads);
  const records = leads.map(leadFromJson);
  const { outcomes } = await withImportRecord({
    ctx,
    origin: { door, totalRows: records.length },
    options,
    run: (recorded) => importLeads({ ctx, pieces: [records], options, ...recorded }),
  });
  return { records, outcomes };
}

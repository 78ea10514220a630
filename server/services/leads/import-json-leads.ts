import type { LeadRecord } from "@/lib/fields/catalogue";
import { leadFromJson } from "@/lib/leads/lead-from-json";
import type { LeadInput } from "@/lib/schemas/lead";
import type { ServiceContext } from "@/server/services/context";
import { assertLeadCount } from "./assert-lead-count";
import { type ImportLeadsOptions, importLeads } from "./import-leads";

/** The JSON import endpoints' shared path: count limits, JSON keys to records, the engine. */
export async function importJsonLeads({
  ctx,
  leads,
  maxLeads,
  options,
}: {
  ctx: ServiceContext;
  leads: LeadInput[] | undefined;
  maxLeads: number;
  options: Omit<ImportLeadsOptions, "source">;
}): Promise<{
  records: LeadRecord[];
  outcomes: Awaited<ReturnType<typeof importLeads>>["outcomes"];
}> {
  assertLeadCount(leads, maxLeads);
  const records = leads.map(leadFromJson);
  const { outcomes } = await importLeads({ ctx, records, options: { ...options, source: "api" } });
  return { records, outcomes };
}

import { and, eq, inArray, isNull } from "drizzle-orm";
import { leads } from "@/db/schema";
import { emailIdentity } from "@/lib/leads/email-identity";
import { leadFromJson } from "@/lib/leads/lead-from-json";
import { leadIdOf } from "@/lib/leads/row-outcome";
import { formatLimit, MAX_CAMPAIGN_ENTRIES } from "@/lib/limits";
import type { CampaignLeadEntry } from "@/lib/schemas/campaign";
import { DEFAULT_IMPORT_OPTIONS } from "@/lib/schemas/import-options";
import { ServiceError } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";
import { withImportRecord } from "@/server/services/imports/with-import-record";
import { importLeads } from "@/server/services/leads/import-leads";
import { campaignCounts, insertMembershipsById, type MembershipTarget } from "./insert-memberships";

interface EntryError {
  entry: Record<string, unknown>;
  message: string;
}

/**
 * Mode 1: each entry names a lead by id, or by email (created through the import engine when
 * new, so cleanup, plan limit and dedupe apply). An entry that errors is neither added nor skipped.
 * The whole request is one import in the history: its leads, and the memberships it adds.
 */
export async function addLeadEntriesToCampaign({
  ctx,
  target,
  entries,
}: {
  ctx: ServiceContext;
  target: MembershipTarget;
  entries: CampaignLeadEntry[];
}) {
  if (entries.length === 0)
    throw new ServiceError("VALIDATION_ERROR", "leads array must not be empty");
  if (entries.length > MAX_CAMPAIGN_ENTRIES) {
    throw new ServiceError(
      "VALIDATION_ERROR",
      `Maximum ${formatLimit(MAX_CAMPAIGN_ENTRIES)} leads per request`,
    );
  }
  const errors: EntryError[] = [];
  const byId: Array<{ index: number; leadId: string }> = [];
  const byEmail: Array<{ index: number; entry: CampaignLeadEntry }> = [];
  entries.forEach((entry, index) => {
    if (entry.leadId) byId.push({ index, leadId: entry.leadId });
    // Checked as sent, before cleanup: `mailto:` or `<…>` around an address is an error here.
    else if (emailIdentity(entry.email ?? undefined, false)) byEmail.push({ index, entry });
    else errors.push({ entry: compactEntry(entry), message: "Either leadId or email is required" });
  });

  const found = await findActiveLeadIds(
    ctx,
    byId.map((item) => item.leadId),
  );
  const resolved: string[] = [];
  for (const { index, leadId } of byId) {
    if (found.has(leadId)) resolved.push(leadId);
    else
      errors.push({
        entry: compactEntry(entries[index] as CampaignLeadEntry),
        message: "Lead not found",
      });
  }
  const records = byEmail.map(({ entry }) => leadFromJson(withoutLeadId(entry)));
  const { added } = await withImportRecord({
    ctx,
    origin: { door: "campaign-leads", campaignId: target.campaignId, totalRows: entries.length },
    options: DEFAULT_IMPORT_OPTIONS,
    rowNumberOf: (position) => (byEmail[position]?.index ?? position) + 1,
    run: async (recorded) => {
      const { outcomes } =
        records.length > 0
          ? await importLeads({
              ctx,
              pieces: [records],
              options: DEFAULT_IMPORT_OPTIONS,
              ...recorded,
            })
          : { outcomes: [] };
      outcomes.forEach((outcome, position) => {
        // A repeated email joins as its first occurrence's lead, so it is counted as skipped.
        const leadId = leadIdOf(outcome.kind === "repeated" ? outcomes[outcome.firstRow] : outcome);
        if (leadId) resolved.push(leadId);
        else {
          const entry = byEmail[position]?.entry as CampaignLeadEntry;
          errors.push({
            entry: compactEntry(entry),
            message: "Either leadId or email is required",
          });
        }
      });
      const added = await insertMembershipsById(ctx.db, target, resolved, recorded.importId);
      return { outcomes, added, campaignCounts: campaignCounts(added, resolved.length) };
    },
  });
  return { added, skipped: resolved.length - added, ...(errors.length > 0 ? { errors } : {}) };
}

async function findActiveLeadIds(ctx: ServiceContext, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await ctx.db
    .select({ id: leads.id })
    .from(leads)
    .where(
      and(eq(leads.workspaceId, ctx.workspaceId), inArray(leads.id, ids), isNull(leads.deletedAt)),
    );
  return new Set(rows.map((row) => row.id));
}

function withoutLeadId({ leadId: _leadId, ...rest }: CampaignLeadEntry) {
  return rest;
}

function compactEntry(entry: CampaignLeadEntry): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(entry).filter(([, value]) => value !== undefined && value !== null),
  );
}

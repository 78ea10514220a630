import { and, count, notInArray, type SQL, sql } from "drizzle-orm";
import { leads } from "@/db/schema";
import type { AddCampaignLeadsBody } from "@/lib/schemas/campaign";
import type { LeadFilters } from "@/lib/schemas/lead";
import { ServiceError } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";
import { leadFilterCondition } from "@/server/services/leads/lead-filters";
import { addLeadEntriesToCampaign } from "./add-lead-entries-to-campaign";
import { findCampaignRow } from "./get-campaign";
import { insertMembershipsByQuery, membershipTarget } from "./insert-memberships";

export const MODE_REQUIRED_MESSAGE = "Provide leads array, filters, or selectAll: true";

type Mode =
  | { kind: "leads"; entries: NonNullable<AddCampaignLeadsBody["leads"]> }
  | { kind: "filters"; filters: LeadFilters }
  | { kind: "selectAll"; excludeIds: string[] };

function modeOf(input: AddCampaignLeadsBody): Mode {
  const modes: Mode[] = [];
  if (input.leads !== undefined) modes.push({ kind: "leads", entries: input.leads });
  if (input.filters !== undefined) modes.push({ kind: "filters", filters: input.filters });
  if (input.selectAll === true)
    modes.push({ kind: "selectAll", excludeIds: input.excludeIds ?? [] });
  const [mode] = modes;
  if (!mode) throw new ServiceError("VALIDATION_ERROR", MODE_REQUIRED_MESSAGE);
  if (modes.length > 1) {
    throw new ServiceError("VALIDATION_ERROR", "Provide only one of leads, filters or selectAll");
  }
  return mode;
}

function hasCondition(filters: LeadFilters): boolean {
  return Object.values(filters).some((value) =>
    Array.isArray(value) ? value.length > 0 : Boolean(value),
  );
}

/**
 * `POST /v1/campaigns/{id}/leads` (seed 004). Filters and select-all are one set-based statement
 * each, so adding 100,000 leads is a single INSERT … SELECT.
 */
export async function addLeadsToCampaign({
  ctx,
  campaignId,
  input,
}: {
  ctx: ServiceContext;
  campaignId: string;
  input: AddCampaignLeadsBody;
}) {
  const campaign = await findCampaignRow(ctx.db, ctx.workspaceId, campaignId);
  const mode = modeOf(input);
  const target = membershipTarget(campaign);
  if (mode.kind === "leads")
    return addLeadEntriesToCampaign({ ctx, target, entries: mode.entries });

  let condition: SQL;
  if (mode.kind === "filters") {
    if (!hasCondition(mode.filters)) {
      throw new ServiceError(
        "VALIDATION_ERROR",
        "filters must have at least one condition; use selectAll: true for every lead",
      );
    }
    condition = leadFilterCondition(ctx.workspaceId, mode.filters);
  } else {
    const base = leadFilterCondition(ctx.workspaceId, {});
    condition = (
      mode.excludeIds.length > 0 ? and(base, notInArray(leads.id, mode.excludeIds)) : base
    ) as SQL;
  }
  return ctx.db.transaction(async (tx) => {
    const [matched] = await tx.select({ count: count() }).from(leads).where(condition);
    const added = await insertMembershipsByQuery(
      tx,
      target,
      sql`${tx.select({ id: leads.id }).from(leads).where(condition)}`,
    );
    const matchedCount = Number(matched?.count ?? 0);
    return { added, skipped: matchedCount - added, matched: matchedCount };
  });
}

import type { AddCampaignLeadsBody } from "@/lib/schemas/campaign";
import { DEFAULT_IMPORT_OPTIONS } from "@/lib/schemas/import-options";
import { ServiceError } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";
import { withImportRecord } from "@/server/services/imports/with-import-record";
import { selectionCondition } from "@/server/services/leads/lead-selection";
import { addLeadEntriesToCampaign } from "./add-lead-entries-to-campaign";
import { findCampaignRow } from "./find-campaign-row";
import { campaignCounts, insertSelectedMemberships, membershipTarget } from "./insert-memberships";

export const MODE_REQUIRED_MESSAGE = "Provide leads array, filters, or selectAll: true";

function modeCount(input: AddCampaignLeadsBody): number {
  return [input.leads !== undefined, input.filters !== undefined, input.selectAll === true].filter(
    Boolean,
  ).length;
}

/**
 * `POST /v1/campaigns/{id}/leads` (seed 004), and the web app's campaign adds. Filters and
 * select-all are one set-based statement each, so adding a million leads is a single
 * INSERT … SELECT. Every call is an import in the history, so its memberships can be undone.
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
  const modes = modeCount(input);
  if (modes === 0) throw new ServiceError("VALIDATION_ERROR", MODE_REQUIRED_MESSAGE);
  if (modes > 1) {
    throw new ServiceError("VALIDATION_ERROR", "Provide only one of leads, filters or selectAll");
  }
  const target = membershipTarget(campaign);
  if (input.leads !== undefined) {
    return addLeadEntriesToCampaign({ ctx, target, entries: input.leads });
  }
  const condition = selectionCondition(ctx.workspaceId, input);
  const { summary } = await withImportRecord({
    ctx,
    origin: { door: "campaign-leads", campaignId: campaign.id },
    options: DEFAULT_IMPORT_OPTIONS,
    run: ({ importId }) =>
      ctx.db.transaction(async (tx) => {
        const { added, matched } = await insertSelectedMemberships(tx, target, condition, importId);
        const summary = { added, skipped: matched - added, matched };
        return { outcomes: [], summary, campaignCounts: campaignCounts(added, matched) };
      }),
  });
  return summary;
}

import { FAILURE_MESSAGES } from "@/lib/leads/failure-messages";
import { campaignCsvCounts, tallyOutcomes } from "@/lib/leads/outcome-tally";
import { type FailureMessages, listedRowErrors } from "@/lib/leads/row-errors";
import { formatLimit, MAX_CAMPAIGN_CSV_ERRORS, MAX_CSV_ROWS } from "@/lib/limits";
import type { CsvUploadFields } from "@/lib/schemas/csv-upload";
import type { UploadedFile } from "@/server/http/uploaded-file";
import { findCampaignRow } from "@/server/services/campaigns/get-campaign";
import {
  joinCampaignAfterBatch,
  membershipTarget,
} from "@/server/services/campaigns/insert-memberships";
import type { ServiceContext } from "@/server/services/context";
import { importLeadPieces } from "@/server/services/leads/import-leads";
import { prepareCsvImport } from "./import-leads-csv";

/** Seed 002's messages, shorter than seed 001's. */
const CAMPAIGN_CSV_MESSAGES = {
  fileRequired: "CSV file is required",
  tooManyRows: `Maximum ${formatLimit(MAX_CSV_ROWS)} leads per CSV`,
  noEmailColumn: "No email column detected",
};

/** Seed 002 words an invalid email its own way. */
const CAMPAIGN_FAILURE_MESSAGES: FailureMessages = {
  ...FAILURE_MESSAGES,
  "email-invalid": "Invalid email",
};

/**
 * `POST /v1/campaigns/{id}/leads/import/csv` (seed 002): creates or reuses leads by email and
 * adds them to the campaign in the same batch transactions.
 */
export async function importCampaignLeadsCsv({
  ctx,
  campaignId,
  file,
  fields,
}: {
  ctx: ServiceContext;
  campaignId: string;
  file: UploadedFile | null;
  fields: CsvUploadFields;
}) {
  const campaign = await findCampaignRow(ctx.db, ctx.workspaceId, campaignId);
  const target = membershipTarget(campaign);
  const { pieces, totalRows, options, rowNumberOf } = prepareCsvImport(
    file,
    fields,
    CAMPAIGN_CSV_MESSAGES,
    "POST /v1/campaigns/{id}/leads/import/csv",
  );
  const { outcomes, afterBatchTotal: added } = await importLeadPieces({
    ctx,
    pieces,
    totalRows,
    options: {
      ...options,
      afterBatch: joinCampaignAfterBatch(target),
    },
  });
  const leads = campaignCsvCounts(tallyOutcomes(outcomes));
  const errors = listedRowErrors(outcomes, {
    limit: MAX_CAMPAIGN_CSV_ERRORS,
    messages: CAMPAIGN_FAILURE_MESSAGES,
    rowNumberOf,
  });
  return {
    leads,
    campaign: { added, skipped: leads.created + leads.existing - added },
    totalRows,
    ...(errors.length > 0 ? { errors } : {}),
  };
}

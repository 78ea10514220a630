import type { FileBytes } from "@/lib/csv/byte-source";
import { FAILURE_MESSAGES } from "@/lib/leads/failure-messages";
import { campaignCsvCounts, tallyOutcomes } from "@/lib/leads/outcome-tally";
import { type FailureMessages, listedRowErrors } from "@/lib/leads/row-errors";
import { formatLimit, MAX_CAMPAIGN_CSV_ERRORS, MAX_CSV_ROWS } from "@/lib/limits";
import type { CsvUploadFields } from "@/lib/schemas/csv-upload";
import type { CampaignRow } from "@/server/services/campaigns/find-campaign-row";
import {
  campaignCounts,
  joinCampaignAfterBatch,
  membershipTarget,
} from "@/server/services/campaigns/insert-memberships";
import type { ServiceContext } from "@/server/services/context";
import { importCsvFile } from "./import-csv-file";
import type { CsvMessages } from "./read-csv-upload";

/** Seed 002's messages, shorter than seed 001's. */
export const CAMPAIGN_CSV_MESSAGES: CsvMessages = {
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
 * adds them to the campaign (found by the caller, before the upload is read) in the same batch
 * transactions.
 */
export async function importCampaignLeadsCsv({
  ctx,
  campaign,
  file,
  fields,
}: {
  ctx: ServiceContext;
  campaign: CampaignRow;
  file: FileBytes | null;
  fields: CsvUploadFields;
}) {
  const {
    outcomes,
    afterBatchTotal: added,
    rowNumberOf,
    csvInfo,
  } = await importCsvFile({
    ctx,
    file,
    fields,
    messages: CAMPAIGN_CSV_MESSAGES,
    origin: { door: "campaign-csv", campaignId: campaign.id },
    afterBatch: joinCampaignAfterBatch(membershipTarget(campaign)),
    campaignCountsOf: ({ outcomes, afterBatchTotal }) => {
      const { created, existing } = campaignCsvCounts(tallyOutcomes(outcomes));
      return campaignCounts(afterBatchTotal, created + existing);
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
    totalRows: csvInfo.totalRows,
    ...(errors.length > 0 ? { errors } : {}),
  };
}

import type { FailureReason } from "@/lib/leads/row-outcome";
import { rowErrors } from "@/lib/leads/summarize-outcomes";
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
  tooManyRows: "Maximum 50,000 leads per CSV",
  noEmailColumn: "No email column detected",
};

const CAMPAIGN_FAILURE_MESSAGES: Record<FailureReason, string> = {
  "email-missing": "Email is required",
  "email-invalid": "Invalid email",
  "not-saved": "Could not be saved; retry this row",
};

/** Seed 002: first 50 row errors. */
const MAX_CAMPAIGN_CSV_ERRORS = 50;

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
  let created = 0;
  let existing = 0;
  let failed = 0;
  for (const outcome of outcomes) {
    if (outcome.kind === "created" || outcome.kind === "restored") created += 1;
    else if (outcome.kind === "failed") failed += 1;
    else existing += 1;
  }
  const errors = rowErrors(outcomes, {
    limit: MAX_CAMPAIGN_CSV_ERRORS,
    messages: CAMPAIGN_FAILURE_MESSAGES,
    rowNumberOf,
  });
  return {
    leads: { created, existing, failed },
    campaign: { added, skipped: created + existing - added },
    totalRows,
    ...(errors.length > 0 ? { errors } : {}),
  };
}

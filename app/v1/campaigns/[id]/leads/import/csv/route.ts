import { apiRoute } from "@/server/http/api-route";
import { withIdempotency } from "@/server/http/idempotency";
import { withCsvForm } from "@/server/http/read-csv-form";
import { findCampaignRow } from "@/server/services/campaigns/find-campaign-row";
import {
  CAMPAIGN_CSV_MESSAGES,
  importCampaignLeadsCsv,
} from "@/server/services/csv/import-campaign-leads-csv";

type Params = { id: string };

export const POST = apiRoute<Params>(async ({ request, ctx, params }) => {
  // Seeds' README: an unknown campaign is 404 before the file is read.
  const campaign = await findCampaignRow(ctx.db, ctx.workspaceId, params.id);
  return withCsvForm(request, CAMPAIGN_CSV_MESSAGES.fileRequired, (form) =>
    withIdempotency(ctx, request, form.hash, async () => ({
      status: 200,
      data: await importCampaignLeadsCsv({ ctx, campaign, file: form.file, fields: form.fields }),
    })),
  );
});

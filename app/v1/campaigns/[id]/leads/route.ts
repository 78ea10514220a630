import { addCampaignLeadsBodySchema, listPageQuerySchema } from "@/lib/schemas/campaign";
import { apiRoute } from "@/server/http/api-route";
import { withIdempotency } from "@/server/http/idempotency";
import { readJsonBody } from "@/server/http/read-json-body";
import { readQuery } from "@/server/http/read-query";
import { addLeadsToCampaign } from "@/server/services/campaigns/add-leads-to-campaign";
import { findCampaignRow } from "@/server/services/campaigns/find-campaign-row";
import { listCampaignLeads } from "@/server/services/campaigns/list-campaign-leads";

type Params = { id: string };

export const GET = apiRoute<Params>(async ({ request, ctx, params }) => ({
  data: await listCampaignLeads({
    ctx,
    campaignId: params.id,
    input: readQuery(request, listPageQuerySchema),
  }),
}));

export const POST = apiRoute<Params>(async ({ request, ctx, params }) => {
  // Seeds' README: an unknown campaign is 404 before the body is read.
  await findCampaignRow(ctx.db, ctx.workspaceId, params.id);
  const body = await readJsonBody(request, addCampaignLeadsBodySchema);
  return withIdempotency(ctx, request, body.hash, async () => ({
    status: 200,
    data: await addLeadsToCampaign({ ctx, campaignId: params.id, input: body.data }),
  }));
});

import { createCampaignBodySchema, listPageQuerySchema } from "@/lib/schemas/campaign";
import { apiRoute } from "@/server/http/api-route";
import { withIdempotency } from "@/server/http/idempotency";
import { readJsonBody } from "@/server/http/read-json-body";
import { readQuery } from "@/server/http/read-query";
import { createCampaign } from "@/server/services/campaigns/create-campaign";
import { listCampaigns } from "@/server/services/campaigns/list-campaigns";

export const GET = apiRoute(async ({ request, ctx }) => ({
  data: await listCampaigns({ ctx, input: readQuery(request, listPageQuerySchema) }),
}));

export const POST = apiRoute(async ({ request, ctx }) => {
  const body = await readJsonBody(request, createCampaignBodySchema);
  return withIdempotency(ctx, request, body.hash, async () => ({
    status: 201,
    data: await createCampaign({ ctx, input: body.data }),
  }));
});

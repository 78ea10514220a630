import { updateCampaignBodySchema } from "@/lib/schemas/campaign";
import { apiRoute } from "@/server/http/api-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { deleteCampaign } from "@/server/services/campaigns/delete-campaign";
import { getCampaign } from "@/server/services/campaigns/get-campaign";
import { updateCampaign } from "@/server/services/campaigns/update-campaign";

type Params = { id: string };

export const GET = apiRoute<Params>(async ({ ctx, params }) => ({
  data: await getCampaign({ ctx, campaignId: params.id }),
}));

export const PATCH = apiRoute<Params>(async ({ request, ctx, params }) => {
  const body = await readJsonBody(request, updateCampaignBodySchema);
  return { data: await updateCampaign({ ctx, campaignId: params.id, input: body.data }) };
});

export const DELETE = apiRoute<Params>(async ({ ctx, params }) => ({
  data: await deleteCampaign({ ctx, campaignId: params.id }),
}));

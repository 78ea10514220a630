import { updateLeadBodySchema } from "@/lib/schemas/lead";
import { apiRoute } from "@/server/http/api-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { deleteLead } from "@/server/services/leads/delete-lead";
import { getLead } from "@/server/services/leads/get-lead";
import { updateLead } from "@/server/services/leads/update-lead";

type Params = { id: string };

export const GET = apiRoute<Params>(async ({ ctx, params }) => ({
  data: await getLead({ ctx, leadId: params.id }),
}));

export const PATCH = apiRoute<Params>(async ({ request, ctx, params }) => {
  const body = await readJsonBody(request, updateLeadBodySchema);
  return { data: await updateLead({ ctx, leadId: params.id, input: body.data }) };
});

export const DELETE = apiRoute<Params>(async ({ ctx, params }) => ({
  data: await deleteLead({ ctx, leadId: params.id }),
}));

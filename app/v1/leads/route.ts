import { leadInputSchema } from "@/lib/schemas/lead";
import { listLeadsQuerySchema } from "@/lib/schemas/lead-selection";
import { apiRoute } from "@/server/http/api-route";
import { withIdempotency } from "@/server/http/idempotency";
import { readJsonBody } from "@/server/http/read-json-body";
import { readQuery } from "@/server/http/read-query";
import { createLead } from "@/server/services/leads/create-lead";
import { listLeads } from "@/server/services/leads/list-leads";

export const GET = apiRoute(async ({ request, ctx }) => ({
  data: await listLeads({ ctx, input: readQuery(request, listLeadsQuerySchema) }),
}));

export const POST = apiRoute(async ({ request, ctx }) => {
  const body = await readJsonBody(request, leadInputSchema);
  return withIdempotency(ctx, request, body.hash, async () => ({
    status: 201,
    data: await createLead({ ctx, input: body.data }),
  }));
});

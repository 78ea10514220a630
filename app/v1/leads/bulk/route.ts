import { bulkLeadsBodySchema } from "@/lib/schemas/lead";
import { apiRoute } from "@/server/http/api-route";
import { withIdempotency } from "@/server/http/idempotency";
import { readJsonBody } from "@/server/http/read-json-body";
import { bulkUpsertLeads } from "@/server/services/leads/bulk-upsert-leads";

export const POST = apiRoute(async ({ request, ctx }) => {
  const body = await readJsonBody(request, bulkLeadsBodySchema);
  return withIdempotency(ctx, request, body.hash, async () => ({
    status: 200,
    data: await bulkUpsertLeads({ ctx, input: body.data }),
  }));
});

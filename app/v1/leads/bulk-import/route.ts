import { bulkImportBodySchema } from "@/lib/schemas/lead";
import { apiRoute } from "@/server/http/api-route";
import { withIdempotency } from "@/server/http/idempotency";
import { readJsonBody } from "@/server/http/read-json-body";
import { bulkImportLeads } from "@/server/services/leads/bulk-import-leads";

export const POST = apiRoute(async ({ request, ctx }) => {
  const body = await readJsonBody(request, bulkImportBodySchema);
  return withIdempotency(ctx, request, body.hash, async () => ({
    status: 200,
    data: await bulkImportLeads({ ctx, input: body.data }),
  }));
});

import { undoImportInputSchema } from "@/lib/schemas/imports";
import { apiRoute } from "@/server/http/api-route";
import { withIdempotency } from "@/server/http/idempotency";
import { readJsonBody } from "@/server/http/read-json-body";
import { undoImport } from "@/server/services/imports/undo-import";

type Params = { id: string };

export const POST = apiRoute<Params>(async ({ request, ctx, params }) => {
  const body = await readJsonBody(request, undoImportInputSchema, { isOptional: true });
  return withIdempotency(ctx, request, body.hash, async () => ({
    status: 200,
    data: await undoImport({ ctx, importId: params.id, input: body.data }),
  }));
});

import { listImportRowsQuerySchema } from "@/lib/schemas/imports";
import { apiRoute } from "@/server/http/api-route";
import { readQuery } from "@/server/http/read-query";
import { listImportRows } from "@/server/services/imports/list-import-rows";

type Params = { id: string };

export const GET = apiRoute<Params>(async ({ request, ctx, params }) => ({
  data: await listImportRows({
    ctx,
    importId: params.id,
    input: readQuery(request, listImportRowsQuerySchema),
  }),
}));

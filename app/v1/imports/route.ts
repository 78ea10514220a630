import { listImportsQuerySchema } from "@/lib/schemas/imports";
import { apiRoute } from "@/server/http/api-route";
import { readQuery } from "@/server/http/read-query";
import { listImports } from "@/server/services/imports/list-imports";

export const GET = apiRoute(async ({ request, ctx }) => ({
  data: await listImports({ ctx, input: readQuery(request, listImportsQuerySchema) }),
}));

import { apiRoute } from "@/server/http/api-route";
import { getImportDetail } from "@/server/services/imports/get-import-detail";

type Params = { id: string };

export const GET = apiRoute<Params>(async ({ ctx, params }) => ({
  data: await getImportDetail({ ctx, importId: params.id }),
}));

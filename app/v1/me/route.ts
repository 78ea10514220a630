import { apiRoute } from "@/server/http/api-route";
import { describePrincipal } from "@/server/services/workspaces/describe-principal";

export const GET = apiRoute(async ({ ctx, principal }) => ({
  data: await describePrincipal({ ctx, principal }),
}));

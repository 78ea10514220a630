import { createTRPCRouter } from "./init";
import { apiKeysRouter } from "./routers/api-keys";
import { authRouter } from "./routers/auth";
import { campaignsRouter } from "./routers/campaigns";
import { importsRouter } from "./routers/imports";
import { leadsRouter } from "./routers/leads";
import { teamRouter } from "./routers/team";
import { workspaceRouter } from "./routers/workspace";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  workspace: workspaceRouter,
  apiKeys: apiKeysRouter,
  leads: leadsRouter,
  campaigns: campaignsRouter,
  imports: importsRouter,
  team: teamRouter,
});

export type AppRouter = typeof appRouter;

import { listPageQuerySchema } from "@/lib/schemas/campaign";
import { listCampaigns } from "@/server/services/campaigns/list-campaigns";
import { createTRPCRouter, workspaceProcedure } from "../init";

export const campaignsRouter = createTRPCRouter({
  list: workspaceProcedure
    .input(listPageQuerySchema)
    .query(({ ctx, input }) => listCampaigns({ ctx: ctx.serviceContext, input })),
});

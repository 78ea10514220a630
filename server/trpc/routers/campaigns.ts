import { z } from "zod";
import {
  addCampaignLeadsBodySchema,
  createCampaignBodySchema,
  listPageQuerySchema,
  removeCampaignLeadsInputSchema,
  updateCampaignBodySchema,
} from "@/lib/schemas/campaign";
import { addLeadsToCampaign } from "@/server/services/campaigns/add-leads-to-campaign";
import { createCampaign } from "@/server/services/campaigns/create-campaign";
import { deleteCampaign } from "@/server/services/campaigns/delete-campaign";
import { getCampaign } from "@/server/services/campaigns/get-campaign";
import { listCampaignLeads } from "@/server/services/campaigns/list-campaign-leads";
import { listCampaigns } from "@/server/services/campaigns/list-campaigns";
import { removeCampaignLeads } from "@/server/services/campaigns/remove-campaign-leads";
import { updateCampaign } from "@/server/services/campaigns/update-campaign";
import { createTRPCRouter, workspaceProcedure } from "../init";

const byCampaign = z.object({ campaignId: z.string().min(1).max(200) });

export const campaignsRouter = createTRPCRouter({
  list: workspaceProcedure
    .input(listPageQuerySchema)
    .query(({ ctx, input }) => listCampaigns({ ctx: ctx.serviceContext, input })),
  get: workspaceProcedure
    .input(byCampaign)
    .query(({ ctx, input }) =>
      getCampaign({ ctx: ctx.serviceContext, campaignId: input.campaignId }),
    ),
  create: workspaceProcedure
    .input(createCampaignBodySchema)
    .mutation(({ ctx, input }) => createCampaign({ ctx: ctx.serviceContext, input })),
  update: workspaceProcedure
    .input(byCampaign.extend({ changes: updateCampaignBodySchema }))
    .mutation(({ ctx, input }) =>
      updateCampaign({
        ctx: ctx.serviceContext,
        campaignId: input.campaignId,
        input: input.changes,
      }),
    ),
  delete: workspaceProcedure
    .input(byCampaign)
    .mutation(({ ctx, input }) =>
      deleteCampaign({ ctx: ctx.serviceContext, campaignId: input.campaignId }),
    ),
  members: workspaceProcedure
    .input(byCampaign.extend(listPageQuerySchema.shape))
    .query(({ ctx, input: { campaignId, ...page } }) =>
      listCampaignLeads({ ctx: ctx.serviceContext, campaignId, input: page }),
    ),
  addLeads: workspaceProcedure
    .input(byCampaign.extend({ body: addCampaignLeadsBodySchema }))
    .mutation(({ ctx, input }) =>
      addLeadsToCampaign({
        ctx: ctx.serviceContext,
        campaignId: input.campaignId,
        input: input.body,
      }),
    ),
  removeLeads: workspaceProcedure
    .input(byCampaign.extend(removeCampaignLeadsInputSchema.shape))
    .mutation(({ ctx, input }) =>
      removeCampaignLeads({
        ctx: ctx.serviceContext,
        campaignId: input.campaignId,
        leadIds: input.leadIds,
      }),
    ),
});

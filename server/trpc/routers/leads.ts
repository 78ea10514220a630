import { listLeadsQuerySchema } from "@/lib/schemas/lead";
import { listLeads } from "@/server/services/leads/list-leads";
import { createTRPCRouter, workspaceProcedure } from "../init";

export const leadsRouter = createTRPCRouter({
  list: workspaceProcedure
    .input(listLeadsQuerySchema)
    .query(({ ctx, input }) => listLeads({ ctx: ctx.serviceContext, input })),
});

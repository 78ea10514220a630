import { z } from "zod";
import { leadColumnsSchema } from "@/lib/leads/lead-table-columns";
import { updateLeadBodySchema } from "@/lib/schemas/lead";
import {
  deleteLeadsInputSchema,
  leadFiltersSchema,
  listLeadsQuerySchema,
  tagLeadsInputSchema,
} from "@/lib/schemas/lead-selection";
import { listLeadCampaigns } from "@/server/services/campaigns/list-lead-campaigns";
import { listLeadHistory } from "@/server/services/lead-history/list-lead-history";
import { countLeads } from "@/server/services/leads/count-leads";
import { deleteLead } from "@/server/services/leads/delete-lead";
import { deleteLeads } from "@/server/services/leads/delete-leads";
import { getLead } from "@/server/services/leads/get-lead";
import { listCustomFieldNames } from "@/server/services/leads/list-custom-field-names";
import { listLeads } from "@/server/services/leads/list-leads";
import { tagLeads } from "@/server/services/leads/tag-leads";
import { updateLead } from "@/server/services/leads/update-lead";
import { getLeadColumns, saveLeadColumns } from "@/server/services/preferences/lead-columns";
import { createTRPCRouter, workspaceProcedure } from "../init";

const byLead = z.object({ leadId: z.string().min(1).max(200) });

export const leadsRouter = createTRPCRouter({
  list: workspaceProcedure
    .input(listLeadsQuerySchema)
    .query(({ ctx, input }) => listLeads({ ctx: ctx.serviceContext, input })),
  count: workspaceProcedure
    .input(leadFiltersSchema)
    .query(({ ctx, input }) => countLeads({ ctx: ctx.serviceContext, input })),
  get: workspaceProcedure
    .input(byLead)
    .query(({ ctx, input }) => getLead({ ctx: ctx.serviceContext, leadId: input.leadId })),
  campaigns: workspaceProcedure
    .input(byLead)
    .query(({ ctx, input }) =>
      listLeadCampaigns({ ctx: ctx.serviceContext, leadId: input.leadId }),
    ),
  history: workspaceProcedure
    .input(byLead)
    .query(({ ctx, input }) => listLeadHistory({ ctx: ctx.serviceContext, leadId: input.leadId })),
  update: workspaceProcedure
    .input(byLead.extend({ changes: updateLeadBodySchema }))
    .mutation(({ ctx, input }) =>
      updateLead({ ctx: ctx.serviceContext, leadId: input.leadId, input: input.changes }),
    ),
  delete: workspaceProcedure
    .input(byLead)
    .mutation(({ ctx, input }) => deleteLead({ ctx: ctx.serviceContext, leadId: input.leadId })),
  tag: workspaceProcedure
    .input(tagLeadsInputSchema)
    .mutation(({ ctx, input }) => tagLeads({ ctx: ctx.serviceContext, input })),
  deleteMany: workspaceProcedure
    .input(deleteLeadsInputSchema)
    .mutation(({ ctx, input }) => deleteLeads({ ctx: ctx.serviceContext, input })),
  customFieldNames: workspaceProcedure.query(({ ctx }) =>
    listCustomFieldNames({ ctx: ctx.serviceContext }),
  ),
  columns: workspaceProcedure.query(({ ctx }) => getLeadColumns({ ctx: ctx.serviceContext })),
  saveColumns: workspaceProcedure
    .input(z.object({ columns: leadColumnsSchema }))
    .mutation(({ ctx, input }) =>
      saveLeadColumns({ ctx: ctx.serviceContext, columns: input.columns }),
    ),
});

import { z } from "zod";
import { CAMPAIGN_STATUSES } from "@/lib/fields/campaign-statuses";
import { formatLimit, MAX_CAMPAIGN_ENTRIES } from "@/lib/limits";
import { leadFiltersSchema, leadInputSchema, pageSizeSchema } from "./lead";

export { CAMPAIGN_STATUSES };
export const campaignStatusSchema = z.enum(CAMPAIGN_STATUSES);

export const createCampaignBodySchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    status: campaignStatusSchema.optional().describe("Defaults to `draft`"),
  })
  .meta({ id: "CampaignCreate" });

export const updateCampaignBodySchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    status: campaignStatusSchema.optional(),
  })
  .meta({ id: "CampaignUpdate" });

export const campaignSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    status: campaignStatusSchema,
    leadCounts: z
      .object({
        total: z.number(),
        pending: z.number(),
        active: z.number(),
        completed: z.number(),
        removed: z.number(),
      })
      .describe("Members by membership status; soft-deleted leads are not counted"),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Campaign" });

export type Campaign = z.infer<typeof campaignSchema>;

export const listPageQuerySchema = z.object({
  cursor: z.string().optional(),
  limit: pageSizeSchema,
});

/** A seed-004 entry: an existing lead by id, or a lead by email (created when new). */
export const campaignLeadEntrySchema = leadInputSchema
  .extend({ leadId: z.string().nullish() })
  .meta({ id: "CampaignLeadEntry" });

/** Seed 004: exactly one of `leads`, `filters` or `selectAll: true`. */
export const addCampaignLeadsBodySchema = z
  .object({
    leads: z
      .array(campaignLeadEntrySchema)
      .optional()
      .describe(`Mode 1: up to ${formatLimit(MAX_CAMPAIGN_ENTRIES)} entries`),
    filters: leadFiltersSchema
      .omit({ importId: true })
      .optional()
      .describe("Mode 2: leads matching every condition"),
    selectAll: z.boolean().optional().describe("Mode 3: every lead of the workspace"),
    excludeIds: z.array(z.string()).optional().describe("With selectAll: leads to leave out"),
  })
  .meta({ id: "AddCampaignLeadsRequest" });

export type AddCampaignLeadsBody = z.infer<typeof addCampaignLeadsBodySchema>;
export type CampaignLeadEntry = z.infer<typeof campaignLeadEntrySchema>;

import { z } from "zod";
import { CAMPAIGN_STATUSES } from "@/lib/fields/campaign-statuses";
import { formatLimit, MAX_CAMPAIGN_ENTRIES, MAX_SELECTED_IDS } from "@/lib/limits";
import { leadInputSchema, pageSizeSchema } from "./lead";
import { leadSelectionSchema } from "./lead-selection";

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
    ...leadSelectionSchema.shape,
  })
  .meta({ id: "AddCampaignLeadsRequest" });

/** Members to take out of a campaign (the leads themselves stay). */
export const removeCampaignLeadsInputSchema = z.object({
  leadIds: z.array(z.string()).min(1).max(MAX_SELECTED_IDS),
});

export type AddCampaignLeadsBody = z.infer<typeof addCampaignLeadsBodySchema>;
export type CampaignLeadEntry = z.infer<typeof campaignLeadEntrySchema>;

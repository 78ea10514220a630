import { z } from "zod";
import { formatLimit, MAX_SEARCH_LENGTH, MAX_SELECTED_IDS, MAX_TAG_LENGTH } from "@/lib/limits";
import { pageSizeSchema } from "./lead";

/** A query-string list: repeated names or one comma-separated value; JSON bodies send arrays. */
const listParam = z
  .union([z.string(), z.array(z.string())])
  .transform((value) =>
    (Array.isArray(value) ? value : value.split(",")).map((v) => v.trim()).filter(Boolean),
  );

const idList = listParam.refine((ids) => ids.length <= MAX_SELECTED_IDS, {
  message: `at most ${formatLimit(MAX_SELECTED_IDS)} ids`,
});

/** A date (midnight UTC) or a date-time with its offset. */
const dateBound = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

/**
 * Which leads a list, a count, an export, a bulk action or a campaign add matches; every
 * condition is ANDed. Seed 004 names the first five; the rest are ours.
 */
export const leadFiltersSchema = z
  .object({
    tags: listParam.optional().describe("Leads with any of these tags"),
    search: z
      .string()
      .trim()
      .max(MAX_SEARCH_LENGTH)
      .optional()
      .describe("Case-insensitive text in email, names or company"),
    emailStatus: listParam.optional().describe("Any of these email statuses"),
    country: listParam.optional().describe("Any of these countries (as stored)"),
    leadIds: idList
      .optional()
      .describe(`Only these lead ids (at most ${formatLimit(MAX_SELECTED_IDS)})`),
    importId: z
      .string()
      .optional()
      .describe("Leads this import created, restored, updated or tagged"),
    campaignId: z.string().optional().describe("Only leads in this campaign"),
    notInCampaignId: z.string().optional().describe("Only leads not in this campaign"),
    createdFrom: dateBound
      .optional()
      .describe("Created at or after this ISO 8601 date (UTC midnight) or date-time"),
    createdBefore: dateBound
      .optional()
      .describe("Created before this ISO 8601 date (UTC midnight) or date-time"),
  })
  .meta({ id: "LeadFilters" });

export type LeadFilters = z.infer<typeof leadFiltersSchema>;

export const listLeadsQuerySchema = leadFiltersSchema.extend({
  tag: listParam.optional().describe("Same as `tags` (comma-separated)"),
  cursor: z.string().optional().describe("`nextCursor` of the previous page"),
  limit: pageSizeSchema,
});

export type ListLeadsQuery = z.infer<typeof listLeadsQuerySchema>;

/**
 * A set of leads by seed 004's two set-based modes: `filters` (at least one condition) or
 * `selectAll: true`, either with `excludeIds`. The web app's bulk actions and exports, and the
 * campaign add's modes 2 and 3, all select leads this way, so they run as one statement each.
 */
export const leadSelectionSchema = z
  .object({
    filters: leadFiltersSchema.optional().describe("Leads matching every condition"),
    selectAll: z.boolean().optional().describe("Every lead of the workspace"),
    excludeIds: idList
      .optional()
      .describe(
        `Leads to leave out of \`filters\` or \`selectAll\` (at most ${formatLimit(MAX_SELECTED_IDS)})`,
      ),
  })
  .meta({ id: "LeadSelection" });

export type LeadSelection = z.infer<typeof leadSelectionSchema>;

export const leadTagSchema = z.string().trim().min(1).max(MAX_TAG_LENGTH);

export const tagLeadsInputSchema = z.object({
  selection: leadSelectionSchema,
  tag: leadTagSchema,
  action: z.enum(["add", "remove"]),
});

export type TagLeadsInput = z.infer<typeof tagLeadsInputSchema>;

export const deleteLeadsInputSchema = z.object({ selection: leadSelectionSchema });

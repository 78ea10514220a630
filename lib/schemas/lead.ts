import { z } from "zod";
import { EMAIL_STATUSES } from "@/lib/fields/catalogue";
import {
  DEFAULT_PAGE_SIZE,
  formatLimit,
  MAX_BULK_IMPORT_LEADS,
  MAX_BULK_LEADS,
  MAX_PAGE_SIZE,
} from "@/lib/limits";
import { importOptionsSchema } from "./import-options";

const text = z.string().nullish();
/** A custom field value: strings, or numbers and booleans that are stored as their text. */
const customValue = z.union([z.string(), z.number(), z.boolean()]).nullish();

/**
 * One lead in a JSON body. Standard fields by their API names, `company` and `title` as seed 003
 * spells them, and any other key as a custom field (seed 000: `"industry": "SaaS"`).
 * `email` is checked per row by the engine, so a bad one fails its row rather than the request.
 */
export const leadInputSchema = z
  .object({
    email: text,
    firstName: text,
    lastName: text,
    companyName: text,
    company: text,
    jobTitle: text,
    title: text,
    phone: text,
    linkedinUrl: text,
    website: text,
    city: text,
    state: text,
    country: text,
    timezone: text,
    notes: text,
    source: text,
    status: text,
    emailStatus: z.enum(EMAIL_STATUSES).nullish(),
    tags: z.array(z.string()).nullish(),
    customFields: z.record(z.string(), customValue).nullish(),
  })
  .catchall(customValue)
  .meta({ id: "LeadInput", description: "A lead: `email` plus any standard or custom fields." });

export type LeadInput = z.infer<typeof leadInputSchema>;

/** `limit` of every list endpoint. */
export const pageSizeSchema = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_PAGE_SIZE)
  .default(DEFAULT_PAGE_SIZE);

/** `POST /v1/leads/bulk` (seed 000). The count limits are checked by the service (400, not 422). */
export const bulkLeadsBodySchema = importOptionsSchema
  .omit({ restoreDeleted: true })
  .extend({
    leads: z
      .array(leadInputSchema)
      .optional()
      .describe(`Array of lead objects (max ${formatLimit(MAX_BULK_LEADS)})`),
  })
  .meta({ id: "BulkLeadsRequest" });

/** `POST /v1/leads/bulk-import` (seed 003). */
export const bulkImportBodySchema = importOptionsSchema
  .omit({ skipDuplicates: true, restoreDeleted: true })
  .extend({
    leads: z
      .array(leadInputSchema)
      .optional()
      .describe(`Array of lead objects (max ${formatLimit(MAX_BULK_IMPORT_LEADS)})`),
    restoreDeleted: importOptionsSchema.shape.restoreDeleted,
  })
  .meta({ id: "BulkImportRequest" });

export type BulkLeadsBody = z.infer<typeof bulkLeadsBodySchema>;
export type BulkImportBody = z.infer<typeof bulkImportBodySchema>;

/** A lead as the API returns it. */
export const leadSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    companyName: z.string().nullable(),
    jobTitle: z.string().nullable(),
    phone: z.string().nullable(),
    linkedinUrl: z.string().nullable(),
    website: z.string().nullable(),
    city: z.string().nullable(),
    state: z.string().nullable(),
    country: z.string().nullable(),
    timezone: z.string().nullable(),
    notes: z.string().nullable(),
    source: z.string().nullable(),
    status: z.string().nullable(),
    emailStatus: z.enum(EMAIL_STATUSES),
    tags: z.array(z.string()),
    customFields: z.record(z.string(), z.string()),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Lead" });

export type Lead = z.infer<typeof leadSchema>;

/** PATCH: the fields sent are overwritten, customFields merged (null removes a key), tags replaced. */
export const updateLeadBodySchema = leadInputSchema.meta({ id: "LeadUpdate" });

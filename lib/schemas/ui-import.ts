import { z } from "zod";
import { EMAIL_STATUSES } from "@/lib/fields/catalogue";

/** Options the wizard's step 3 sets; the same meaning as the API's. */
export const uiImportOptionsSchema = z.object({
  skipDuplicates: z.boolean().default(true),
  dataCleanup: z.boolean().default(true),
  tag: z.string().trim().min(1).max(100).optional(),
  defaultCountry: z.string().trim().max(60).optional(),
  campaignId: z.string().optional(),
});

export const startUiImportInputSchema = z.object({
  fileName: z.string().max(500),
  fileSize: z.number().int().min(0),
  totalRows: z.number().int().min(1).max(50_000),
  encoding: z.string().max(40),
  delimiter: z.string().max(4),
  mapping: z.record(z.string(), z.string()),
  options: uiImportOptionsSchema,
});

/** A lead record as the wizard builds it from a row and the mapping. */
export const uiLeadRecordSchema = z
  .object({
    email: z.string().optional(),
    emailStatus: z.enum(EMAIL_STATUSES).optional(),
    tags: z.array(z.string()).optional(),
    customFields: z.record(z.string(), z.string()).optional(),
  })
  .catchall(z.string());

export const importChunkInputSchema = z.object({
  importId: z.string().optional().describe("Absent for a dry run"),
  chunkIndex: z.number().int().min(0),
  /** The file row number of each record, for the row report. */
  rowNumbers: z.array(z.number().int()).max(1_000),
  records: z.array(uiLeadRecordSchema).min(1).max(1_000),
  options: uiImportOptionsSchema,
  dryRun: z.boolean().default(false),
});

export type ImportChunkInput = z.infer<typeof importChunkInputSchema>;
export type StartUiImportInput = z.infer<typeof startUiImportInputSchema>;

/** What happened to one row of a chunk, as the wizard's row report shows it. */
export type ChunkRowOutcome = {
  row: number;
  kind: "created" | "restored" | "updated" | "existing" | "deleted-match" | "repeated" | "failed";
  leadId?: string;
  error?: string;
};

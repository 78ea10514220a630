import { z } from "zod";
import { MEMBERSHIP_STATUSES } from "@/lib/fields/campaign-statuses";

import { campaignSchema } from "./campaign";
import { leadSchema } from "./lead";

const rowError = z
  .object({
    email: z.string().optional().describe("The row's email, when it has one"),
    row: z.number().optional().describe("The row number, when the row has no email"),
    error: z.string(),
  })
  .meta({ id: "RowError" });

export const bulkLeadsResponseSchema = z
  .object({
    imported: z
      .number()
      .describe("New leads created (soft-deleted matches brought back count here)"),
    updated: z.number().describe("Existing leads updated (when skipDuplicates is false)"),
    skipped: z
      .number()
      .describe("Duplicate leads skipped, in the workspace or earlier in the request"),
    failed: z.number().describe("Leads that failed to import"),
    importedLeadIds: z.array(z.string()).describe("IDs of newly created leads"),
    errors: z.array(rowError).optional().describe("First 100 error details (omitted if none)"),
  })
  .meta({ id: "BulkLeadsResponse" });

export const bulkImportResponseSchema = z
  .object({
    created: z.number().describe("Net-new lead rows inserted"),
    restored: z.number().describe("Previously soft-deleted rows whose deletedAt was cleared"),
    duplicates: z
      .number()
      .describe("Rows skipped: an active lead has the email, or it appeared earlier"),
    errors: z.number().describe("Rows skipped due to validation issues"),
    duplicateEmails: z.array(z.string()).optional().describe("First 100 duplicate emails"),
    errorDetails: z
      .array(z.object({ index: z.number(), email: z.string().optional(), error: z.string() }))
      .optional()
      .describe("First 100 invalid rows with reasons"),
  })
  .meta({ id: "BulkImportResponse" });

const csvWarning = z.object({
  column: z
    .string()
    .optional()
    .describe("The column it was seen in; absent for whole lines (footer-lines)"),
  kind: z
    .string()
    .describe(
      "footer-lines (report footer lines after the last row, left out of the rows), scientific-notation, lost-leading-zero, spreadsheet-error, date-in-phone or formula",
    ),
  message: z.string().describe('For footer-lines: "6 footer lines after row 46 skipped"'),
  count: z.number(),
  rows: z.array(z.number()).describe("First rows (up to 10) where it was seen"),
});

export const csvInfoSchema = z
  .object({
    totalRows: z.number(),
    columns: z.array(z.string()),
    mapping: z
      .record(z.string(), z.string())
      .describe("The mapping actually used, every column included"),
    encoding: z
      .string()
      .describe('Ours: the detected (or forced) encoding; "xlsx" for an Excel workbook'),
    delimiter: z.string().optional().describe("Ours: the detected delimiter (CSV files only)"),
    sheet: z.string().optional().describe("Ours: the sheet imported (workbooks only)"),
    headerRow: z
      .number()
      .describe("Ours: 1-based line of the header (title lines above it are skipped)"),
    warnings: z
      .array(csvWarning)
      .optional()
      .describe(
        "Ours: report footer lines left out of the rows (kind footer-lines, first, no column), then values a spreadsheet already damaged (kinds scientific-notation, lost-leading-zero, spreadsheet-error, date-in-phone) and workbook cells a formula computed (kind formula)",
      ),
  })
  .meta({ id: "CsvInfo" });

export const csvImportResponseSchema = bulkLeadsResponseSchema
  .extend({ csvInfo: csvInfoSchema })
  .meta({ id: "CsvImportResponse" });

export const campaignCsvImportResponseSchema = z
  .object({
    leads: z.object({
      created: z.number().describe("New leads created"),
      existing: z.number().describe("Existing leads matched by email"),
      failed: z.number().describe("Rows that failed (invalid email, etc.)"),
    }),
    campaign: z.object({
      added: z.number().describe("Leads newly added to campaign"),
      skipped: z.number().describe("Leads already in campaign (skipped)"),
    }),
    totalRows: z.number().describe("Total rows parsed from CSV"),
    errors: z.array(rowError).optional().describe("First 50 row-level errors (omitted if none)"),
  })
  .meta({ id: "CampaignCsvImportResponse" });

export const addCampaignLeadsResponseSchema = z
  .union([
    z.object({
      added: z.number(),
      skipped: z.number(),
      errors: z
        .array(z.object({ entry: z.record(z.string(), z.unknown()), message: z.string() }))
        .optional(),
    }),
    z.object({ added: z.number(), skipped: z.number(), matched: z.number() }),
  ])
  .meta({ id: "AddCampaignLeadsResponse" });

export const leadPageSchema = z
  .object({ leads: z.array(leadSchema), nextCursor: z.string().nullable() })
  .meta({ id: "LeadPage" });

export const campaignPageSchema = z
  .object({ campaigns: z.array(campaignSchema), nextCursor: z.string().nullable() })
  .meta({ id: "CampaignPage" });

export const campaignLeadPageSchema = z
  .object({
    leads: z.array(
      leadSchema.extend({
        membershipStatus: z.enum(MEMBERSHIP_STATUSES),
        addedAt: z.iso.datetime(),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: "CampaignLeadPage" });

export const meResponseSchema = z
  .object({
    workspace: z.object({ id: z.string(), name: z.string(), contactLimit: z.number().nullable() }),
    key: z.object({ id: z.string(), kind: z.enum(["workspace", "user"]) }),
    userId: z.string().nullable(),
  })
  .meta({ id: "Me" });

export const deletedResponseSchema = z.object({ id: z.string(), deleted: z.literal(true) });

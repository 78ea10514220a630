import { z } from "zod";
import {
  BATCH_ROWS,
  BATCHES_IN_FLIGHT,
  DEFAULT_UNDO_WINDOW_DAYS,
  formatLimit,
  formatMegabytes,
  MAX_BULK_IMPORT_LEADS,
  MAX_BULK_LEADS,
  MAX_CAMPAIGN_ENTRIES,
  MAX_CSV_ROWS,
  MAX_JSON_BODY_BYTES,
  MAX_LISTED_CONFLICTS,
  MAX_UPLOAD_BYTES,
  MAX_WORKBOOK_CELLS,
  MAX_WORKBOOK_SHEETS,
  MAX_WORKBOOK_UNPACKED_BYTES,
  RATE_LIMIT_PER_MINUTE,
} from "@/lib/limits";
import {
  addCampaignLeadsBodySchema,
  campaignSchema,
  createCampaignBodySchema,
  listPageQuerySchema,
  updateCampaignBodySchema,
} from "@/lib/schemas/campaign";
import { csvUploadFieldsSchema } from "@/lib/schemas/csv-upload";
import {
  importDetailSchema,
  importPageSchema,
  importRowPageSchema,
  listImportRowsQuerySchema,
  listImportsQuerySchema,
  undoImportInputSchema,
  undoResultSchema,
} from "@/lib/schemas/imports";
import {
  bulkImportBodySchema,
  bulkLeadsBodySchema,
  leadInputSchema,
  leadSchema,
  updateLeadBodySchema,
} from "@/lib/schemas/lead";
import { listLeadsQuerySchema } from "@/lib/schemas/lead-selection";
import {
  addCampaignLeadsResponseSchema,
  bulkImportResponseSchema,
  bulkLeadsResponseSchema,
  campaignCsvImportResponseSchema,
  campaignLeadPageSchema,
  campaignPageSchema,
  csvImportResponseSchema,
  deletedResponseSchema,
  leadPageSchema,
  meResponseSchema,
} from "@/lib/schemas/responses";
import type { ErrorCode } from "@/server/errors";

export interface Endpoint {
  method: "get" | "post" | "patch" | "delete";
  path: string;
  summary: string;
  description: string;
  tag: "Leads" | "Campaigns" | "Imports" | "Workspace";
  body?: { schema: z.ZodType; contentType: "application/json" | "multipart/form-data" };
  query?: z.ZodObject;
  success: { status: 200 | 201; schema: z.ZodType; description: string };
  errors: ErrorCode[];
  isIdempotent?: boolean;
}

export const COMMON_ERRORS: ErrorCode[] = [
  "UNAUTHORIZED",
  "FORBIDDEN",
  "RATE_LIMITED",
  "INTERNAL_ERROR",
  "SERVICE_UNAVAILABLE",
];
const JSON_BODY_ERRORS: ErrorCode[] = [
  "UNSUPPORTED_MEDIA_TYPE",
  "INVALID_BODY",
  "PAYLOAD_TOO_LARGE",
];
const json = (schema: z.ZodType) => ({ schema, contentType: "application/json" as const });
const multipart = (schema: z.ZodType) => ({ schema, contentType: "multipart/form-data" as const });

export const ENDPOINTS: Endpoint[] = [
  {
    method: "get",
    path: "/v1/me",
    tag: "Workspace",
    summary: "The workspace and key of this request",
    description: "Answers which workspace the key acts on and what kind of key it is.",
    success: { status: 200, schema: meResponseSchema, description: "The workspace and key" },
    errors: ["VALIDATION_ERROR"],
  },
  {
    method: "post",
    path: "/v1/leads/bulk",
    tag: "Leads",
    summary: "Bulk create/update leads",
    description: `Up to ${formatLimit(MAX_BULK_LEADS)} leads, processed in batches of ${formatLimit(BATCH_ROWS)} with up to ${BATCHES_IN_FLIGHT} in flight. Existing emails are skipped (skipDuplicates, default true) or updated: fields sent are overwritten, custom fields merged, tags added; omitted fields are never blanked. A soft-deleted match is restored and counted as imported. Unknown keys become custom fields. Counts add up: imported + updated + skipped + failed = leads sent.`,
    body: json(bulkLeadsBodySchema),
    success: { status: 200, schema: bulkLeadsResponseSchema, description: "Import summary" },
    errors: ["VALIDATION_ERROR", "PLAN_LIMIT_EXCEEDED", "CONFLICT", ...JSON_BODY_ERRORS],
    isIdempotent: true,
  },
  {
    method: "post",
    path: "/v1/leads/bulk-import",
    tag: "Leads",
    summary: "Bulk import leads with soft-delete restoration",
    description: `Up to ${formatLimit(MAX_BULK_IMPORT_LEADS)} leads. Active matches and in-request repeats count as duplicates (never updated); soft-deleted matches are restored unless restoreDeleted is false. created + restored + duplicates + errors = leads sent.`,
    body: json(bulkImportBodySchema),
    success: { status: 200, schema: bulkImportResponseSchema, description: "Dedup report" },
    errors: ["VALIDATION_ERROR", "PLAN_LIMIT_EXCEEDED", "CONFLICT", ...JSON_BODY_ERRORS],
    isIdempotent: true,
  },
  {
    method: "post",
    path: "/v1/leads/import/csv",
    tag: "Leads",
    summary: "Import leads from CSV or an Excel workbook",
    description: `Multipart upload (field \`file\`), up to ${formatLimit(MAX_CSV_ROWS)} rows and ${formatMegabytes(MAX_UPLOAD_BYTES)} (${formatLimit(MAX_UPLOAD_BYTES)} bytes). Reads UTF-8 (with or without BOM), UTF-16 with BOM and Windows-1252; comma, semicolon, tab and pipe delimiters; title lines above the header; blank and repeated headers (made unique: \`Email (2)\`, \`Column 3\`). The same \`file\` field takes an Excel workbook (.xlsx, .xlsm), recognised by its bytes (a zip holding a workbook), never by its name: the sheet named by \`sheet\` (name, or 0-based position), else the first visible sheet with data, is read like a CSV, its cells as a person sees them (numbers with every digit, dates as ISO dates, booleans as true/false, formulas as their last computed value, merged cells filled from the header down); \`csvInfo.encoding\` is then \`xlsx\` and \`csvInfo.sheet\` names the sheet. A workbook whose parts declare more than ${formatMegabytes(MAX_WORKBOOK_UNPACKED_BYTES)} unpacked, more than ${formatLimit(MAX_WORKBOOK_SHEETS)} sheets or a sheet spanning more than ${formatLimit(MAX_WORKBOOK_CELLS)} cells is refused with 400 before it is unpacked; macros, external links and formulas are never run or followed. Columns the mapping names follow it; others are auto-detected from header aliases and values; the rest become custom fields under their header. Text fields may come before or after the file.`,
    body: multipart(csvUploadFieldsSchema),
    success: {
      status: 200,
      schema: csvImportResponseSchema,
      description: "Import summary with csvInfo",
    },
    errors: [
      "VALIDATION_ERROR",
      "PLAN_LIMIT_EXCEEDED",
      "PAYLOAD_TOO_LARGE",
      "UNSUPPORTED_MEDIA_TYPE",
      "CONFLICT",
      "INVALID_BODY",
    ],
    isIdempotent: true,
  },
  {
    method: "get",
    path: "/v1/leads",
    tag: "Leads",
    summary: "List leads",
    description:
      "Newest first with cursor pagination. Filters combine with AND: tags (any of), search (case-insensitive over email, names and company), emailStatus, country, leadIds, importId, campaignId / notInCampaignId (membership), createdFrom (inclusive) and createdBefore (exclusive).",
    query: listLeadsQuerySchema,
    success: { status: 200, schema: leadPageSchema, description: "A page of leads" },
    errors: ["VALIDATION_ERROR"],
  },
  {
    method: "post",
    path: "/v1/leads",
    tag: "Leads",
    summary: "Create a lead",
    description:
      "One lead, cleaned like an import. An active lead with the email is 409; a soft-deleted one is restored.",
    body: json(leadInputSchema),
    success: { status: 201, schema: leadSchema, description: "The lead" },
    errors: ["VALIDATION_ERROR", "CONFLICT", "PLAN_LIMIT_EXCEEDED", ...JSON_BODY_ERRORS],
    isIdempotent: true,
  },
  {
    method: "get",
    path: "/v1/leads/{id}",
    tag: "Leads",
    summary: "Get a lead",
    description: "A soft-deleted lead, or another workspace's, is 404.",
    success: { status: 200, schema: leadSchema, description: "The lead" },
    errors: ["NOT_FOUND"],
  },
  {
    method: "patch",
    path: "/v1/leads/{id}",
    tag: "Leads",
    summary: "Update a lead",
    description:
      "Fields sent are overwritten (null clears one); customFields are merged (null removes a key); tags are replaced. What changed is kept in the lead's history (shown in the web app) with the key that changed it.",
    body: json(updateLeadBodySchema),
    success: { status: 200, schema: leadSchema, description: "The updated lead" },
    errors: ["NOT_FOUND", "CONFLICT", "VALIDATION_ERROR", ...JSON_BODY_ERRORS],
  },
  {
    method: "delete",
    path: "/v1/leads/{id}",
    tag: "Leads",
    summary: "Delete a lead (soft)",
    description:
      "Sets deletedAt. The lead is then 404 to reads, lists, filters and campaign adds until an import restores it. The delete is kept in the lead's history.",
    success: { status: 200, schema: deletedResponseSchema, description: "Deleted" },
    errors: ["NOT_FOUND"],
  },
  {
    method: "post",
    path: "/v1/campaigns",
    tag: "Campaigns",
    summary: "Create a campaign",
    description: "A new campaign is `draft` unless `status` is given.",
    body: json(createCampaignBodySchema),
    success: { status: 201, schema: campaignSchema, description: "The campaign" },
    errors: ["VALIDATION_ERROR", ...JSON_BODY_ERRORS],
    isIdempotent: true,
  },
  {
    method: "get",
    path: "/v1/campaigns",
    tag: "Campaigns",
    summary: "List campaigns",
    description:
      "Newest first with cursor pagination, each with member counts by membership status.",
    query: listPageQuerySchema,
    success: { status: 200, schema: campaignPageSchema, description: "A page of campaigns" },
    errors: ["VALIDATION_ERROR"],
  },
  {
    method: "get",
    path: "/v1/campaigns/{id}",
    tag: "Campaigns",
    summary: "Get a campaign",
    description: "With member counts by membership status (soft-deleted leads not counted).",
    success: { status: 200, schema: campaignSchema, description: "The campaign" },
    errors: ["NOT_FOUND"],
  },
  {
    method: "patch",
    path: "/v1/campaigns/{id}",
    tag: "Campaigns",
    summary: "Update a campaign",
    description: "Rename it or change its status.",
    body: json(updateCampaignBodySchema),
    success: { status: 200, schema: campaignSchema, description: "The campaign" },
    errors: ["NOT_FOUND", "VALIDATION_ERROR", ...JSON_BODY_ERRORS],
  },
  {
    method: "delete",
    path: "/v1/campaigns/{id}",
    tag: "Campaigns",
    summary: "Delete a campaign",
    description: "Deletes the campaign and its memberships; the leads stay.",
    success: { status: 200, schema: deletedResponseSchema, description: "Deleted" },
    errors: ["NOT_FOUND"],
  },
  {
    method: "get",
    path: "/v1/campaigns/{id}/leads",
    tag: "Campaigns",
    summary: "List a campaign's leads",
    description: "Members newest first with their membership status; cursor pagination.",
    query: listPageQuerySchema,
    success: { status: 200, schema: campaignLeadPageSchema, description: "A page of members" },
    errors: ["NOT_FOUND", "VALIDATION_ERROR"],
  },
  {
    method: "post",
    path: "/v1/campaigns/{id}/leads",
    tag: "Campaigns",
    summary: "Add leads to campaign",
    description: `Exactly one of: \`leads\` (max ${formatLimit(MAX_CAMPAIGN_ENTRIES)}; \`{leadId}\` or \`{email, …fields}\`, a new email creates a lead through the import engine), \`filters\` (tags any-of, search, emailStatus, country, leadIds, and ours: importId, campaignId, notInCampaignId, createdFrom, createdBefore; combined with AND; at least one condition), or \`selectAll: true\`; \`excludeIds\` leaves leads out of \`filters\` or \`selectAll\`. Leads already in the campaign, or repeated in the request, are skipped. Joining an active campaign makes the membership \`active\`, otherwise \`pending\`. An entry that errors is neither added nor skipped. Unknown campaign: 404 before the body is read.`,
    body: json(addCampaignLeadsBodySchema),
    success: {
      status: 200,
      schema: addCampaignLeadsResponseSchema,
      description: "{added, skipped, errors?} for leads; {added, skipped, matched} otherwise",
    },
    errors: ["NOT_FOUND", "VALIDATION_ERROR", "PLAN_LIMIT_EXCEEDED", ...JSON_BODY_ERRORS],
    isIdempotent: true,
  },
  {
    method: "post",
    path: "/v1/campaigns/{id}/leads/import/csv",
    tag: "Campaigns",
    summary: "Import leads from CSV or an Excel workbook into campaign",
    description:
      "Same upload as /v1/leads/import/csv, workbooks and the `sheet` field included. Existing leads (by email) are reused, not duplicated; leads already in the campaign are skipped. created + existing + failed = totalRows; added + skipped = created + existing. Unknown campaign: 404 before the file is read.",
    body: multipart(csvUploadFieldsSchema),
    success: {
      status: 200,
      schema: campaignCsvImportResponseSchema,
      description: "Lead and campaign summary",
    },
    errors: [
      "NOT_FOUND",
      "VALIDATION_ERROR",
      "PLAN_LIMIT_EXCEEDED",
      "PAYLOAD_TOO_LARGE",
      "UNSUPPORTED_MEDIA_TYPE",
      "CONFLICT",
      "INVALID_BODY",
    ],
    isIdempotent: true,
  },
  {
    method: "get",
    path: "/v1/imports",
    tag: "Imports",
    summary: "List imports",
    description:
      "Every import of the workspace, whatever its door (the web wizard, the CSV uploads, bulk, bulk-import, the campaign imports and campaign adds), newest first with cursor pagination; filter by `door` and `status` (running, finished, failed, canceled, interrupted, undone). Each has its source (door, file, encoding, delimiter, who ran it), its times, its counts and until when it can be undone.",
    query: listImportsQuerySchema,
    success: { status: 200, schema: importPageSchema, description: "A page of imports" },
    errors: ["VALIDATION_ERROR"],
  },
  {
    method: "get",
    path: "/v1/imports/{id}",
    tag: "Imports",
    summary: "Get an import",
    description:
      "The import's record: source, times, options, the mapping used, counts, warnings, and its undo once undone. Another workspace's import is 404.",
    success: { status: 200, schema: importDetailSchema, description: "The import" },
    errors: ["NOT_FOUND"],
  },
  {
    method: "get",
    path: "/v1/imports/{id}/rows",
    tag: "Imports",
    summary: "An import's row report",
    description:
      "Every row's outcome in row order (file lines for CSV, positions for JSON bodies), a page at a time: pass the previous page's `nextAfter` as `after`. `outcome` keeps one kind of row (failed rows carry their email as sent and the reason). The web wizard keeps repeats of an earlier row back, so its imports list only the rows it sent.",
    query: listImportRowsQuerySchema,
    success: { status: 200, schema: importRowPageSchema, description: "A page of rows" },
    errors: ["NOT_FOUND", "VALIDATION_ERROR"],
  },
  {
    method: "post",
    path: "/v1/imports/{id}/undo",
    tag: "Imports",
    summary: "Undo an import",
    description: `Takes an import back in one transaction: leads it created are soft-deleted, leads it restored go back to deleted, leads it updated get back the exact values it overwrote (custom fields and tags included), tags it added are removed, campaign memberships it added are removed. A lead changed after the import (a later import, an edit or delete, a campaign add) is a conflict: it is left as it is and listed (the first ${MAX_LISTED_CONFLICTS}) with what undo would set, unless \`force\` is true. \`dryRun\` answers the same without changing anything. The body is optional. An import can be undone for ${DEFAULT_UNDO_WINDOW_DAYS} days after it started (each workspace may set its own window); past it, or once undone, or while it runs: 409. Undo never brings a deleted lead back, so the plan limit cannot refuse it.`,
    body: json(undoImportInputSchema),
    success: { status: 200, schema: undoResultSchema, description: "What the undo did" },
    errors: ["NOT_FOUND", "CONFLICT", ...JSON_BODY_ERRORS],
    isIdempotent: true,
  },
];

export const ERROR_DESCRIPTIONS: Record<ErrorCode, string> = {
  VALIDATION_ERROR: "Limits, empty input or something required missing",
  UNAUTHORIZED: "Missing API key, invalid or revoked key, or two different keys",
  PLAN_LIMIT_EXCEEDED:
    "The request's net-new leads would pass the workspace's contact limit; nothing written",
  FORBIDDEN: "The key may not act on the workspace named by X-Workspace-Id",
  NOT_FOUND: "Unknown id, or an id of another workspace",
  CONFLICT:
    "Email already taken, an Idempotency-Key whose first request is still running, or an import that cannot be undone (running, undone already, past its undo window)",
  PAYLOAD_TOO_LARGE: `Body over the limit (CSV: ${formatLimit(MAX_UPLOAD_BYTES)} bytes; JSON: ${formatMegabytes(MAX_JSON_BODY_BYTES)})`,
  UNSUPPORTED_MEDIA_TYPE: "Wrong Content-Type",
  INVALID_BODY: "Malformed JSON, wrong field types, or an Idempotency-Key reused with another body",
  RATE_LIMITED: `More than ${RATE_LIMIT_PER_MINUTE} requests in a minute with this key`,
  INTERNAL_ERROR: "Unexpected error; logged on our side",
  SERVICE_UNAVAILABLE: "This server is shutting down; send the request again (it reaches another)",
};

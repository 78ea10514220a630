/**
 * Every way leads come into a workspace, as an import's record names it (`imports.door`): the
 * history filters by it and shows its label. One definition, so the filter, the API and the
 * record agree.
 */
export const IMPORT_DOORS = [
  "wizard",
  "csv",
  "bulk",
  "bulk-import",
  "campaign-csv",
  "campaign-leads",
] as const;

export type ImportDoor = (typeof IMPORT_DOORS)[number];

export const IMPORT_DOOR_LABELS: Record<ImportDoor, string> = {
  wizard: "Upload wizard",
  csv: "CSV upload (API)",
  bulk: "Bulk (API)",
  "bulk-import": "Bulk import (API)",
  "campaign-csv": "Campaign CSV (API)",
  "campaign-leads": "Campaign add (API)",
};

/** The request a door answers, for the history's detail; the wizard's chunks go through tRPC. */
export const IMPORT_DOOR_ENDPOINTS: Record<ImportDoor, string> = {
  wizard: "Web app: upload wizard",
  csv: "POST /v1/leads/import/csv",
  bulk: "POST /v1/leads/bulk",
  "bulk-import": "POST /v1/leads/bulk-import",
  "campaign-csv": "POST /v1/campaigns/{id}/leads/import/csv",
  "campaign-leads": "POST /v1/campaigns/{id}/leads",
};

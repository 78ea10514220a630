import type { ReviewFilter, RowState } from "../worker/review-types";

/** How the grid names each row's state: what the import will do with the row, as known now. */
export const STATE_LABELS: Record<RowState, string> = {
  failing: "Will fail",
  repeated: "Repeated",
  skipped: "Skipped by you",
  fixed: "Fixed",
  ready: "Ready",
  creating: "Will be created",
  updating: "Will update",
  existing: "Already a lead",
  restoring: "Will restore",
};

/** The badge colour of each state, from the report's badges. */
export const STATE_BADGES: Record<RowState, string> = {
  failing: "badge-failed",
  repeated: "badge-repeated",
  skipped: "badge-skipped",
  fixed: "badge-created",
  ready: "badge-ready",
  creating: "badge-created",
  updating: "badge-updated",
  existing: "badge-skipped",
  restoring: "badge-restored",
};

export const FILTER_LABELS: Record<ReviewFilter, string> = {
  all: "All rows",
  failing: "Will fail",
  repeated: "Repeated",
  updating: "Will update",
  edited: "Edited",
  skipped: "Skipped by you",
};

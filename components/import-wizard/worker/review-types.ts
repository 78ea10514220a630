import type { EmailTypoRule } from "@/lib/leads/email-typo-fixes";
import type { CheckCounts } from "./row-checks";

/** The review grid's filters by outcome. */
export const REVIEW_FILTERS = [
  "all",
  "failing",
  "repeated",
  "updating",
  "edited",
  "skipped",
] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

/** What the import will do with a row, as far as the wizard knows now. */
export type RowState =
  | "failing"
  | "repeated"
  | "skipped"
  | "fixed"
  | "ready"
  | "creating"
  | "updating"
  | "existing"
  | "restoring";

/** The rows the grid lists: a filter by outcome, and optionally text in one column. */
export interface ReviewView {
  filter: ReviewFilter;
  column: number | null;
  contains: string;
  /**
   * The list is made once per view and version: a row that an edit fixes stays in the "will fail"
   * list (shown as fixed) until the page asks for the list again.
   */
  listVersion: number;
}

export interface ReviewRow {
  index: number;
  /** The row's number in the file. */
  row: number;
  state: RowState;
  detail: string;
  /** The asked-for columns' cells, through the edits; for an edited cell, the file's value. */
  cells: string[];
  originals: Array<string | null>;
}

export interface ReviewSummary {
  counts: CheckCounts;
  /** Rows the last dry run says will update an existing lead (rows changed since left out). */
  updating: number;
  editedCells: number;
  editedRows: number;
  /** Edited rows whose email failed in the file and passes now. */
  fixedRows: number;
  history: { undo: string | null; redo: string | null };
  /** Bumped by every change: what the page shows of rows is stale once it moves. */
  revision: number;
}

export interface TypoSuggestion {
  index: number;
  row: number;
  before: string;
  after: string;
  rules: EmailTypoRule[];
}

/** One row's edits with the file's values, and what cleanup would import. */
export interface RowDetail {
  row: number;
  state: RowState;
  detail: string;
  edits: Array<{ header: string; before: string; after: string }>;
  /** Mapped columns whose value cleanup changes: as it is, and as it is imported. */
  imported: Array<{ header: string; value: string; imported: string }>;
}

/** How the previous dry run's failing rows fared in the last one. */
export interface DryRunChanges {
  /** Rows that failed before and pass now. */
  fixed: number;
  /** Rows that failed before and were skipped since. */
  skipped: number;
  /** Rows that fail now. */
  failing: number;
}

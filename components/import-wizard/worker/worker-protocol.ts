import type { CsvEncoding } from "@/lib/csv/decode-bytes";
import type { RenamedHeader } from "@/lib/csv/unique-headers";
import type { MappedColumn } from "@/lib/leads/leads-from-rows";
import type { OutcomeTally } from "@/lib/leads/outcome-tally";
import type { DetectedMapping } from "@/lib/mapping/detect-mapping";
import type { MappingTarget } from "@/lib/mapping/mapping-target";
import type { WizardEdit } from "@/lib/schemas/wizard-import";
import type { SheetSummary } from "@/lib/xlsx/parse-sheet";
import type { ApiImportOptions } from "../options/import-options";
import type { ReportFilter, ReportRow } from "../result/row-report-model";
import type { RunKind } from "../run/run-machine";
import type { FindReplace } from "./find-replace";
import type {
  DryRunChanges,
  ReviewRow,
  ReviewSummary,
  ReviewView,
  RowDetail,
  TypoSuggestion,
} from "./review-types";
import type { CheckCounts } from "./row-checks";
import type { CellChange } from "./row-edits";

/** What the file is: CSV text in one of its encodings, or an Excel workbook. */
export type FileEncoding = CsvEncoding | "xlsx";

/** What the page knows of a workbook besides the sheet's rows. */
export interface WorkbookSummary {
  sheet: string;
  /** Every sheet, with its rows once counted (the preview knows only the sheet read). */
  sheets: Array<Omit<SheetSummary, "rows"> & { rows: number | null }>;
  /** Cells whose value a formula computed: its last result is what is imported. */
  formulaCells: number;
  /** Cells holding a spreadsheet error (#N/A, #DIV/0! …). */
  errorCells: number;
  /** Hidden columns' headers; those that are no lead field are left out. */
  hiddenColumns: string[];
}

/** What the page knows about a parsed file; the rows themselves stay in the worker. */
export interface CsvSummary {
  encoding: FileEncoding;
  /** Empty for a workbook. */
  delimiter: string;
  /** The line (a workbook's row) the header is on; lines above it were skipped. */
  headerRowNumber: number;
  headers: string[];
  renamedHeaders: RenamedHeader[];
  /** The first rows, for the preview table. */
  previewRows: string[][];
  /** Data rows in the whole file (a lower bound while `isPreview`). */
  totalRows: number;
  /** Report footer lines after the last row, left out of the rows (0 while `isPreview`). */
  footerLines: number;
  hasUnterminatedQuote: boolean;
  /** Parsed from the start of the file only; the full parse follows. */
  isPreview: boolean;
  /** More rows than one import takes. */
  isTooLong: boolean;
  /** Present when the file is a workbook. */
  workbook?: WorkbookSummary;
}

export interface FullCsvSummary extends CsvSummary {
  /** Up to three non-empty values per column. */
  samples: string[][];
  detected: DetectedMapping;
}

export interface ParseChoice {
  encoding?: CsvEncoding;
  delimiter?: string;
  /** A workbook's sheet, by name. */
  sheet?: string;
}

export interface CleanupChange {
  row: number;
  field: string;
  before: string;
  after: string;
}

export interface CleanupPreview {
  changes: CleanupChange[];
  /** Rows looked at, and how many of them cleanup changes. */
  scannedRows: number;
  changedRows: number;
}

/** How rows are checked: the mapping (the email column) and whether cleanup runs. */
export interface CheckSettings {
  columns: MappedColumn[];
  dataCleanup: boolean;
}

/** Every row checked in the worker, before anything is sent. */
export interface CheckSummary {
  counts: CheckCounts;
}

export interface ChunkPlanSummary {
  chunkCount: number;
  /** Rows in each chunk: CHUNK_ROWS, or fewer where rows are long. */
  chunkRows: number[];
  /** Rows that will be sent (first occurrences and rows without a usable email). */
  sendRows: number;
  /** Rows that repeat an email of an earlier row: held back, counted as repeated. */
  repeatCount: number;
  /** Rows the user chose to skip: never sent. */
  skippedCount: number;
}

/** How much of the file the user changed: what a resumed import checks it has back. */
export interface EditCounts {
  editedCells: number;
  skippedRows: number;
}

/** Where a run's chunks go: an import's record (none for a dry run), with the run's options. */
export interface ChunkTarget {
  importId: string | null;
  options: ApiImportOptions;
  dryRun: boolean;
}

export interface PlannedChunk {
  rowNumbers: number[];
  /** The field each of a row's cells goes to. */
  targets: MappingTarget[];
  /** Each row's cells, one a target, through the edits. */
  rows: string[][];
  /** The chunk's cells edited in the wizard, with the file's values. */
  edits: WizardEdit[];
}

/** A window of a row report: `count` rows from position `from` of the filtered rows. */
export interface ReportWindow {
  run: RunKind;
  filter: ReportFilter;
  /** Chunks were applied before this session: rows without an outcome were sent then. */
  hasEarlierChunks: boolean;
  from: number;
  count: number;
}

export type WorkerRequest =
  | { type: "open"; file: Blob; choice: ParseChoice }
  | { type: "reparse"; choice: ParseChoice }
  | { type: "detect"; explicit: Record<string, MappingTarget> }
  | { type: "cleanupPreview"; columns: MappedColumn[]; defaultCountry?: string }
  | { type: "check"; settings: CheckSettings }
  /** Plans a run's chunks; the worker forgets what it kept of that kind of run before. */
  | { type: "plan"; run: RunKind; settings: CheckSettings }
  /**
   * Sends a chunk of the plan to the server and keeps its rows' outcomes; answers their tally. The
   * worker sends it, not the page: a chunk's records and outcomes never cross to the main thread.
   */
  | { type: "sendChunk"; index: number; target: ChunkTarget }
  | { type: "keepFailures"; run: RunKind; failures: Array<{ row: number; error: string }> }
  | { type: "reportRows"; window: ReportWindow }
  | { type: "failedRowsCsv"; failures: Array<{ row: number; error: string }> }
  | { type: "reviewSummary" }
  | { type: "reviewRows"; view: ReviewView; columns: number[]; from: number; count: number }
  | { type: "rowDetail"; index: number; defaultCountry?: string }
  | { type: "editCells"; changes: CellChange[]; label: string }
  | { type: "undoEdit" }
  | { type: "redoEdit" }
  | { type: "skipRows"; target: { indexes: number[] } | { view: ReviewView }; isSkipped: boolean }
  | { type: "findReplace"; spec: FindReplace; view: ReviewView | null; isApplied: boolean }
  | { type: "typoSuggestions" }
  | { type: "acceptTypoFixes"; indexes: number[] | "all" }
  | { type: "dryRunChanges" }
  | { type: "skippedRowNumbers" }
  | { type: "saveEdits"; importId: string }
  | { type: "restoreEdits"; importId: string };

/** The answer type of each request. */
export interface WorkerResults {
  open: FullCsvSummary;
  reparse: FullCsvSummary;
  detect: DetectedMapping;
  cleanupPreview: CleanupPreview;
  check: CheckSummary;
  plan: ChunkPlanSummary;
  sendChunk: OutcomeTally;
  keepFailures: null;
  reportRows: { total: number; rows: ReportRow[] };
  failedRowsCsv: string;
  reviewSummary: ReviewSummary;
  reviewRows: { total: number; rows: ReviewRow[] };
  rowDetail: RowDetail;
  editCells: ReviewSummary;
  undoEdit: ReviewSummary;
  redoEdit: ReviewSummary;
  skipRows: ReviewSummary;
  findReplace: { cells: number; summary: ReviewSummary };
  typoSuggestions: { total: number; suggestions: TypoSuggestion[] };
  acceptTypoFixes: ReviewSummary;
  dryRunChanges: DryRunChanges | null;
  skippedRowNumbers: number[];
  saveEdits: EditCounts;
  restoreEdits: EditCounts | null;
}

export type WorkerMessage =
  | { id: number; kind: "result"; result: unknown }
  /** `isTemporary` for a chunk the server did not answer: sending it again may work. */
  | { id: number; kind: "error"; message: string; isTemporary?: boolean }
  /** Sent before the result of `open` and `reparse`. */
  | { id: number; kind: "preview"; preview: CsvSummary }
  /** Sent while `open` and `reparse` read the whole file. */
  | { id: number; kind: "progress"; rowsRead: number };

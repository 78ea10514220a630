import type { CsvEncoding } from "@/lib/csv/decode-bytes";
import type { RenamedHeader } from "@/lib/csv/unique-headers";
import type { LeadRecord } from "@/lib/fields/catalogue";
import type { MappedColumn } from "@/lib/leads/leads-from-rows";
import type { DetectedMapping } from "@/lib/mapping/detect-mapping";
import type { MappingTarget } from "@/lib/mapping/mapping-target";
import type { SheetSummary } from "@/lib/xlsx/parse-sheet";

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

export interface ChunkPlanSummary {
  chunkCount: number;
  /** Rows that will be sent (first occurrences and rows without a usable email). */
  sendRows: number;
  /** Repeats inside the file: [row, first row with that email], by file row number. */
  repeats: Array<[number, number]>;
}

export interface PlannedChunk {
  rowNumbers: number[];
  records: LeadRecord[];
}

export type WorkerRequest =
  | { type: "open"; file: Blob; choice: ParseChoice }
  | { type: "reparse"; choice: ParseChoice }
  | { type: "detect"; explicit: Record<string, MappingTarget> }
  | { type: "cleanupPreview"; columns: MappedColumn[]; defaultCountry?: string }
  | { type: "plan"; columns: MappedColumn[]; dataCleanup: boolean }
  | { type: "chunk"; index: number }
  | { type: "cells"; rows: number[]; column: number }
  | { type: "failedRowsCsv"; failures: Array<{ row: number; error: string }> };

/** The answer type of each request. */
export interface WorkerResults {
  open: FullCsvSummary;
  reparse: FullCsvSummary;
  detect: DetectedMapping;
  cleanupPreview: CleanupPreview;
  plan: ChunkPlanSummary;
  chunk: PlannedChunk;
  cells: string[];
  failedRowsCsv: string;
}

export type WorkerMessage =
  | { id: number; kind: "result"; result: unknown }
  | { id: number; kind: "error"; message: string }
  /** Sent before the result of `open` and `reparse`. */
  | { id: number; kind: "preview"; preview: CsvSummary };

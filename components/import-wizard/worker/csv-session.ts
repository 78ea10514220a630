import { memoryBytes } from "@/lib/csv/byte-source";
import { CsvFormatError } from "@/lib/csv/csv-format-error";
import { type ParsedCsv, parseCsv, parseCsvPreview } from "@/lib/csv/parse-csv";
import { rowNumberOf } from "@/lib/csv/row-number";
import type { LeadRecord } from "@/lib/fields/catalogue";
import { leadsFromRows, type MappedColumn } from "@/lib/leads/leads-from-rows";
import { MAX_WIZARD_ROWS } from "@/lib/limits";
import { detectMapping } from "@/lib/mapping/detect-mapping";
import type { MappingTarget } from "@/lib/mapping/mapping-target";
import { defaultSheet, findSheet } from "@/lib/xlsx/choose-sheet";
import { openWorkbook, type Workbook } from "@/lib/xlsx/open-workbook";
import { parseSheet, summarizeSheets } from "@/lib/xlsx/parse-sheet";
import { skipHiddenColumns } from "@/lib/xlsx/skip-hidden-columns";
import { isZipUpload } from "@/lib/xlsx/workbook-signature";
import { buildFailedRowsCsv } from "./failed-rows-csv";
import { planChunks } from "./plan-chunks";
import { previewCleanup } from "./preview-cleanup";
import { summarizeSheet } from "./sheet-summary";
import type {
  ChunkPlanSummary,
  CsvSummary,
  FullCsvSummary,
  ParseChoice,
  PlannedChunk,
} from "./worker-protocol";

const SAMPLES_PER_COLUMN = 3;
const SAMPLE_SCAN_ROWS = 2_000;
const CLEANUP_SCAN_ROWS = 500;
const PREVIEW_TABLE_ROWS = 20;

/** What the session keeps of a parse: the rows, whichever kind of file they came from. */
type ParsedRows = Pick<ParsedCsv, "headers" | "rows"> & {
  /** The line (a sheet's row) the header is on. */
  headerRowNumber: number;
  hiddenColumns: number[];
};

/**
 * The worker's state for one dropped file: its bytes (and the workbook they are, if they are one),
 * the full parse and the chunk plan. Rows never leave the worker in bulk; the page asks for what
 * it shows or sends.
 */
export class CsvSession {
  private bytes: Uint8Array | null = null;
  /** Opened once per file: its shared strings and styles serve every sheet and every parse. */
  private workbook: Workbook | null = null;
  private parsed: ParsedRows | null = null;
  private plan: { chunks: number[][]; records: LeadRecord[] } | null = null;

  async open(file: Blob, choice: ParseChoice, onPreview: (preview: CsvSummary) => void) {
    this.bytes = new Uint8Array(await file.arrayBuffer());
    this.workbook = null;
    this.parsed = null;
    const source = memoryBytes(this.bytes);
    if (this.bytes.length > 0 && isZipUpload(source)) this.workbook = openWorkbook(source);
    return this.parse(choice, onPreview);
  }

  parse(choice: ParseChoice, onPreview: (preview: CsvSummary) => void): FullCsvSummary {
    const bytes = this.bytes;
    if (!bytes) throw new Error("No file is open");
    this.parsed = null;
    this.plan = null;
    if (bytes.length === 0) throw new CsvFormatError("The file is empty (0 bytes).");
    if (this.workbook) return this.parseWorkbook(this.workbook, choice.sheet, onPreview);
    const preview = parseCsvPreview(bytes, choice);
    if (preview.headers.length === 0) throw new CsvFormatError("The file has no text in it.");
    if (preview.rows.length === 0) {
      throw new CsvFormatError("The file has a header row but no rows of data.");
    }
    onPreview(summarize(preview, true));
    const parsed = parseCsv(bytes, { ...choice, maxRows: MAX_WIZARD_ROWS });
    this.parsed = { ...parsed, headerRowNumber: parsed.headerRowIndex + 1, hiddenColumns: [] };
    return { ...summarize(parsed, false), ...this.detectAll() };
  }

  /** A workbook's sheet (the first with data unless one is named): its first rows, then all. */
  private parseWorkbook(
    workbook: Workbook,
    sheetName: string | undefined,
    onPreview: (preview: CsvSummary) => void,
  ): FullCsvSummary {
    const sheet = sheetName ? findSheet(workbook, sheetName) : defaultSheet(workbook);
    const unknown = workbook.sheets.map(({ name, isHidden }) => ({ name, isHidden, rows: null }));
    const preview = parseSheet(workbook, sheet.name, { maxRows: PREVIEW_TABLE_ROWS });
    if (preview.rows.length === 0) {
      throw new CsvFormatError(
        workbook.sheets.length > 1
          ? `The sheet “${sheet.name}” has no rows of data under a header.`
          : "The workbook has no rows of data under a header.",
      );
    }
    const options = { sheets: unknown, previewRows: PREVIEW_TABLE_ROWS };
    onPreview(summarizeSheet(preview, { ...options, isPreview: true }));
    const parsed = parseSheet(workbook, sheet.name, { maxRows: MAX_WIZARD_ROWS });
    this.parsed = parsed;
    const sheets = summarizeSheets(workbook, new Map([[sheet.name, parsed.totalRows]]));
    return {
      ...summarizeSheet(parsed, { sheets, previewRows: PREVIEW_TABLE_ROWS, isPreview: false }),
      ...this.detectAll(),
    };
  }

  private detectAll() {
    const parsed = this.requireParsed();
    return {
      samples: parsed.headers.map((_, index) => samplesOf(parsed.rows, index)),
      detected: this.detect({}),
    };
  }

  detect(explicit: Record<string, MappingTarget>) {
    const parsed = this.requireParsed();
    const detected = detectMapping(parsed.headers, parsed.rows, explicit);
    return skipHiddenColumns(detected, parsed.hiddenColumns);
  }

  cleanupPreview(columns: MappedColumn[], defaultCountry: string | undefined) {
    const parsed = this.requireParsed();
    const records = leadsFromRows(parsed.rows.slice(0, CLEANUP_SCAN_ROWS), columns);
    return previewCleanup(records, (index) => this.rowNumberOf(index), defaultCountry);
  }

  planChunks(columns: MappedColumn[], dataCleanup: boolean): ChunkPlanSummary {
    const records = leadsFromRows(this.requireParsed().rows, columns);
    const { chunks, repeats } = planChunks(records, dataCleanup);
    this.plan = { chunks, records };
    return {
      chunkCount: chunks.length,
      sendRows: chunks.reduce((sum, chunk) => sum + chunk.length, 0),
      repeats: repeats.map(([row, first]) => [this.rowNumberOf(row), this.rowNumberOf(first)]),
    };
  }

  chunk(index: number): PlannedChunk {
    const plan = this.plan;
    const rows = plan?.chunks[index];
    if (!plan || !rows) throw new Error(`No chunk ${index} in the plan`);
    return {
      rowNumbers: rows.map((row) => this.rowNumberOf(row)),
      records: rows.map((row) => plan.records[row] ?? {}),
    };
  }

  cells(rowNumbers: number[], column: number): string[] {
    const parsed = this.requireParsed();
    return rowNumbers.map((row) => parsed.rows[this.indexOf(row)]?.[column] ?? "");
  }

  failedRowsCsv(failures: Array<{ row: number; error: string }>): string {
    const parsed = this.requireParsed();
    const rows = [...failures]
      .sort((a, b) => a.row - b.row)
      .map((failure) => ({
        cells: parsed.rows[this.indexOf(failure.row)] ?? [],
        error: failure.error,
      }));
    return buildFailedRowsCsv(parsed.headers, rows);
  }

  /** The line a user finds the row on: header line, then one line per row. */
  private rowNumberOf(index: number): number {
    return rowNumberOf(this.requireParsed().headerRowNumber, index);
  }

  private indexOf(rowNumber: number): number {
    return rowNumber - this.requireParsed().headerRowNumber - 1;
  }

  private requireParsed(): ParsedRows {
    if (!this.parsed) throw new Error("The file is not parsed yet");
    return this.parsed;
  }
}

function summarize(parsed: ParsedCsv, isPreview: boolean): CsvSummary {
  return {
    encoding: parsed.encoding,
    delimiter: parsed.delimiter,
    headerRowNumber: parsed.headerRowIndex + 1,
    headers: parsed.headers,
    renamedHeaders: parsed.renamedHeaders,
    previewRows: parsed.rows.slice(0, PREVIEW_TABLE_ROWS),
    totalRows: parsed.totalRows,
    footerLines: isPreview ? 0 : parsed.footerLines,
    hasUnterminatedQuote: parsed.hasUnterminatedQuote,
    isPreview,
    isTooLong: !isPreview && parsed.truncated,
  };
}

function samplesOf(rows: readonly string[][], column: number): string[] {
  const samples: string[] = [];
  const limit = Math.min(rows.length, SAMPLE_SCAN_ROWS);
  for (let index = 0; index < limit && samples.length < SAMPLES_PER_COLUMN; index += 1) {
    const value = rows[index]?.[column]?.trim();
    if (value) samples.push(value);
  }
  return samples;
}

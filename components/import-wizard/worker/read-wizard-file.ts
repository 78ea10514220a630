import { type ByteSource, memoryBytes } from "@/lib/csv/byte-source";
import { CsvFormatError } from "@/lib/csv/csv-format-error";
import { detectEncoding } from "@/lib/csv/decode-bytes";
import { parseCsvPreview, readCsv } from "@/lib/csv/parse-csv";
import type { RenamedHeader } from "@/lib/csv/unique-headers";
import { MAX_WIZARD_ROWS } from "@/lib/limits";
import { chooseSheet } from "@/lib/xlsx/choose-sheet";
import type { Workbook } from "@/lib/xlsx/open-workbook";
import { parseSheet, summarizeSheets } from "@/lib/xlsx/parse-sheet";
import { scanWorkbook } from "@/lib/xlsx/scan-workbook";
import { csvPreviewSummary, csvShape, PREVIEW_TABLE_ROWS } from "./file-summary";
import { RowStore } from "./row-store";
import { errorCellsOf, sheetPreviewSummary } from "./sheet-summary";
import type { CsvSummary, FileEncoding, ParseChoice, WorkbookSummary } from "./worker-protocol";

/** Bytes the preview of a CSV file reads: dozens of rows of any real export, read in a blink. */
const PREVIEW_BYTES = 1 << 20;
const LINE_FEED = 0x0a;

/** A dropped file read whole: how it was read, and every data row in a RowStore. */
export interface WizardFile {
  encoding: FileEncoding;
  /** Empty for a workbook. */
  delimiter: string;
  /** The line (a sheet's row) the header is on; lines above it were skipped. */
  headerRowNumber: number;
  headers: string[];
  renamedHeaders: RenamedHeader[];
  /** Data rows in the file; past the limit, `MAX_WIZARD_ROWS + 1` and `rows` holds the limit. */
  totalRows: number;
  truncated: boolean;
  /** Report footer lines after the last row, left out of the rows. */
  footerLines: number;
  hasUnterminatedQuote: boolean;
  /** Columns a sheet hides (detection leaves those that are no lead field out). */
  hiddenColumns: number[];
  workbook?: WorkbookSummary;
  rows: RowStore;
}

/** Where a file's bytes come from, and the workbook they are, if they are one. */
export interface FileSource {
  bytes: ByteSource;
  workbook: Workbook | null;
}

/**
 * The first rows, shown before the whole file is read. A CSV file's come from its first megabyte,
 * its encoding judged from those bytes (cut after a line break, so no character is cut); the whole
 * file's read judges again from every byte, and its summary replaces this one.
 */
export function previewFile(source: FileSource, choice: ParseChoice): CsvSummary {
  if (source.workbook) return previewSheet(source.workbook, choice);
  const { bytes } = source;
  const length = Math.min(bytes.length, PREVIEW_BYTES);
  const head = bytes.read(0, length);
  if (length === bytes.length) return csvPreviewSummary(parseCsvPreview(head, choice));
  const lastLine = head.lastIndexOf(LINE_FEED);
  const whole = lastLine > 0 ? head.subarray(0, lastLine + 1) : head;
  const encoding = choice.encoding ?? detectEncoding(memoryBytes(whole));
  return csvPreviewSummary(parseCsvPreview(whole, { ...choice, encoding }));
}

function previewSheet(workbook: Workbook, choice: ParseChoice): CsvSummary {
  const sheet = chooseSheet(workbook, choice.sheet);
  const preview = parseSheet(workbook, sheet.name, { maxRows: PREVIEW_TABLE_ROWS });
  if (preview.rows.length === 0) {
    throw new CsvFormatError(
      workbook.sheets.length > 1
        ? `The sheet “${sheet.name}” has no rows of data under a header.`
        : "The workbook has no rows of data under a header.",
    );
  }
  const sheets = workbook.sheets.map(({ name, isHidden }) => ({ name, isHidden, rows: null }));
  return sheetPreviewSummary(preview, sheets);
}

/**
 * Every data row of the file, read piece by piece with the server's readers (`readCsv`, or
 * `scanWorkbook` for a sheet: the same header detection, layout and row limit) into a RowStore.
 * `onRows` hears the rows read so far.
 */
export function readWizardFile(
  source: FileSource,
  choice: ParseChoice,
  onRows: (rowsRead: number) => void,
): WizardFile {
  if (source.workbook) return readSheet(source.workbook, choice, onRows);
  const scan = readCsv(source.bytes, { ...choice, firstRows: 0, maxRows: MAX_WIZARD_ROWS });
  const rows = new RowStore(scan.headers.length);
  for (const piece of scan.rows()) {
    rows.append(piece);
    onRows(rows.length);
  }
  return { ...csvShape(scan), footerLines: scan.footerLines, hiddenColumns: [], rows };
}

function readSheet(
  workbook: Workbook,
  choice: ParseChoice,
  onRows: (rowsRead: number) => void,
): WizardFile {
  const sheet = chooseSheet(workbook, choice.sheet);
  const scan = scanWorkbook(workbook, sheet, { firstRows: 0, maxRows: MAX_WIZARD_ROWS });
  const rows = new RowStore(scan.headers.length);
  let formulaCells = 0;
  let errorCells = 0;
  for (const piece of scan.rows(() => {
    formulaCells += 1;
  })) {
    rows.append(piece);
    errorCells += errorCellsOf(piece);
    onRows(rows.length);
  }
  return {
    encoding: "xlsx",
    delimiter: "",
    headerRowNumber: scan.headerRowNumber,
    headers: scan.headers,
    renamedHeaders: scan.renamedHeaders,
    totalRows: scan.totalRows,
    truncated: scan.truncated,
    footerLines: scan.footerLines,
    hasUnterminatedQuote: false,
    hiddenColumns: scan.hiddenColumns,
    workbook: {
      sheet: scan.sheet,
      sheets: summarizeSheets(workbook, new Map([[scan.sheet, scan.totalRows]])),
      formulaCells,
      errorCells,
      hiddenColumns: scan.hiddenColumns.map((column) => scan.headers[column] ?? ""),
    },
    rows,
  };
}

import { CsvFormatError } from "@/lib/csv/csv-format-error";
import { detectHeaderRow, HEADER_SCAN_ROWS, spanOf } from "@/lib/csv/detect-header-row";
import { TrailingFooter } from "@/lib/csv/footer-lines";
import { csvLayout, fitRow } from "@/lib/csv/scan-csv";
import type { RenamedHeader } from "@/lib/csv/unique-headers";
import { formatLimit, MAX_WORKBOOK_CELLS } from "@/lib/limits";
import { isBlankRecord } from "./choose-sheet";
import { MergeFiller } from "./merge-filler";
import type { Workbook, WorkbookSheet } from "./open-workbook";
import { readSheet, type SheetRecord } from "./sheet-records";

/** A cell whose value a formula computed: its data row (0-based) and column. */
export type FormulaCell = { row: number; column: number };

/** A sheet read like a CSV file: the same header detection, layout and row pieces. */
export interface WorkbookScan {
  encoding: "xlsx";
  sheet: string;
  /** Every worksheet's name, in the workbook's order. */
  sheets: string[];
  /** Index of the header among the sheet's rows with values (titles above it are skipped). */
  headerRowIndex: number;
  /** The header's row number as the sheet shows it (blank rows above it count). */
  headerRowNumber: number;
  headers: string[];
  renamedHeaders: RenamedHeader[];
  /** Data rows in the sheet; when `truncated`, only known to exceed `maxRows`, so `maxRows + 1`. */
  totalRows: number;
  truncated: boolean;
  /** Report footer lines after the last data row (totals, copyright, …), left out of the rows. */
  footerLines: number;
  /** Columns (by header index) the sheet hides. */
  hiddenColumns: number[];
  /** Up to `firstRows` data rows, each exactly `headers.length` cells. */
  firstRows: string[][];
  /** The formula cells among `firstRows`. */
  firstRowsFormulas: FormulaCell[];
  /**
   * Every data row, each exactly `headers.length` cells, in pieces read again from the workbook as
   * they are iterated; `onFormula` hears each cell a formula computed.
   */
  rows(onFormula?: (cell: FormulaCell) => void): Generator<string[][]>;
}

export type ScanWorkbookOptions = {
  /** Data rows kept in `firstRows`. */
  firstRows: number;
  maxRows?: number;
};

function formulasOf(records: readonly SheetRecord[], width: number): FormulaCell[] {
  const cells: FormulaCell[] = [];
  records.forEach((record, row) => {
    for (const column of record.formulaColumns ?? [])
      if (column < width) cells.push({ row, column });
  });
  return cells;
}

/**
 * Reads a sheet in two passes, as scanCsv reads a CSV file. The first keeps the first rows whole
 * and only counts the others (and learns the merged ranges, which come last); the header, the
 * layout and the report footer come from the same rules as for CSV. The second, `rows()`, reads
 * the sheet again piece by piece and stops before the footer. Throws CsvFormatError when the rows span more cells than a sheet may.
 */
export function scanWorkbook(
  workbook: Workbook,
  sheet: WorkbookSheet,
  options: ScanWorkbookOptions,
): WorkbookScan {
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const kept = HEADER_SCAN_ROWS + options.firstRows;
  const maxRecords = HEADER_SCAN_ROWS + maxRows + 1;
  const first: SheetRecord[] = [];
  let laterRows = 0;
  let laterWidth = 0;
  const footer = new TrailingFooter();
  const { layout, pieces } = readSheet(workbook, sheet);
  for (const piece of pieces) {
    for (const record of piece) {
      if (isBlankRecord(record)) continue;
      footer.add(record.cells);
      if (first.length < kept) {
        first.push(record);
      } else {
        laterRows += 1;
        if (record.cells.length > laterWidth)
          laterWidth = Math.max(laterWidth, spanOf(record.cells));
      }
    }
    if (footer.recordsBeforeTrailer > maxRecords) break;
  }
  const headerRowIndex = detectHeaderRow(first.slice(0, HEADER_SCAN_ROWS).map((r) => r.cells));
  const headerRowNumber = first[headerRowIndex]?.rowNumber ?? 1;
  const filler = new MergeFiller(layout.merges, headerRowNumber);
  for (const record of first) filler.fill(record);
  const table = csvLayout(
    first.map((record) => record.cells),
    { laterWidth },
  );
  const width = table.headers.length;
  const isStopped = footer.recordsBeforeTrailer > maxRecords;
  const footerLines = isStopped ? 0 : footer.lines(table.headerRowIndex, width);
  const dataRows = table.data.length + laterRows - footerLines;
  const truncated = dataRows > maxRows;
  if (!truncated && dataRows * width > MAX_WORKBOOK_CELLS) {
    throw new CsvFormatError(
      `The sheet "${sheet.name}" spans ${formatLimit(dataRows)} rows of ${width} columns, more than the ${formatLimit(MAX_WORKBOOK_CELLS)} cells a sheet may`,
    );
  }
  const wanted = Math.min(dataRows, maxRows);
  const firstData = first.slice(
    table.headerRowIndex + 1,
    table.headerRowIndex + 1 + Math.min(options.firstRows, dataRows),
  );
  return {
    encoding: "xlsx",
    sheet: sheet.name,
    sheets: workbook.sheets.map((each) => each.name),
    headerRowIndex: table.headerRowIndex,
    headerRowNumber,
    headers: table.headers,
    renamedHeaders: table.renamed,
    totalRows: truncated ? maxRows + 1 : dataRows,
    truncated,
    footerLines,
    hiddenColumns: [...layout.hiddenColumns]
      .filter((column) => column < width)
      .sort((a, b) => a - b),
    firstRows: firstData.map((record) => fitRow(record.cells, width)),
    firstRowsFormulas: formulasOf(firstData, width),
    rows: (onFormula) =>
      rowPieces(workbook, sheet, {
        merges: layout.merges,
        headerRowNumber,
        skip: table.headerRowIndex + 1,
        wanted,
        width,
        onFormula,
      }),
  };
}

/** The second pass: `wanted` data rows after the first `skip` rows with values, merges filled. */
function* rowPieces(
  workbook: Workbook,
  sheet: WorkbookSheet,
  options: {
    merges: ReturnType<typeof readSheet>["layout"]["merges"];
    headerRowNumber: number;
    skip: number;
    wanted: number;
    width: number;
    onFormula?: (cell: FormulaCell) => void;
  },
): Generator<string[][]> {
  const { skip, wanted, width, onFormula } = options;
  const filler = new MergeFiller(options.merges, options.headerRowNumber);
  let seen = 0;
  let read = 0;
  for (const piece of readSheet(workbook, sheet).pieces) {
    const rows: string[][] = [];
    for (const record of piece) {
      if (isBlankRecord(record)) continue;
      filler.fill(record);
      seen += 1;
      if (seen <= skip || read >= wanted) continue;
      if (onFormula && record.formulaColumns) {
        for (const column of record.formulaColumns)
          if (column < width) onFormula({ row: read, column });
      }
      rows.push(fitRow(record.cells, width));
      read += 1;
    }
    if (rows.length > 0) yield rows;
    if (read >= wanted) break;
  }
  if (read !== wanted) throw new Error(`Sheet pieces held ${read} data rows, expected ${wanted}`);
}

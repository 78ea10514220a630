import { hasData } from "./choose-sheet";
import type { Workbook } from "./open-workbook";
import { scanWorkbook, type WorkbookScan } from "./scan-workbook";

/** A sheet read whole, as parseCsv reads a file whole: every data row kept, in one pass. */
export type ParsedSheet = Omit<WorkbookScan, "firstRows" | "firstRowsFormulas" | "rows"> & {
  rows: string[][];
  formulaCells: WorkbookScan["firstRowsFormulas"];
};

/**
 * Reads `sheet` of the workbook whole (the wizard keeps every row): with `maxRows`, only that many
 * data rows and whether there are more. One pass, since every row is kept anyway.
 */
export function parseSheet(
  workbook: Workbook,
  sheetName: string,
  { maxRows }: { maxRows: number },
): ParsedSheet {
  const sheet = workbook.sheets.find((each) => each.name === sheetName);
  if (!sheet) throw new Error(`No sheet "${sheetName}" in the workbook`);
  const {
    firstRows,
    firstRowsFormulas,
    rows: _rows,
    ...scan
  } = scanWorkbook(workbook, sheet, {
    firstRows: maxRows,
    maxRows,
  });
  return { ...scan, rows: firstRows, formulaCells: firstRowsFormulas };
}

export interface SheetSummary {
  name: string;
  isHidden: boolean;
  /** Data rows under the header, as an import would count them. */
  rows: number;
}

/** Every sheet's name and row count, for a person choosing one; `known` saves reading a sheet again. */
export function summarizeSheets(
  workbook: Workbook,
  known: ReadonlyMap<string, number>,
): SheetSummary[] {
  return workbook.sheets.map((sheet) => {
    const counted = known.get(sheet.name);
    const rows =
      counted ??
      (hasData(workbook, sheet) ? scanWorkbook(workbook, sheet, { firstRows: 0 }).totalRows : 0);
    return { name: sheet.name, isHidden: sheet.isHidden, rows };
  });
}

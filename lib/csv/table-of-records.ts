import { countFooterLines } from "./footer-lines";
import { csvLayout, fitRow } from "./scan-csv";
import type { RenamedHeader } from "./unique-headers";

export type Table = {
  /** Index of the header among the non-blank records (titles above it are skipped). */
  headerRowIndex: number;
  headers: string[];
  /** Blank, repeated and extra columns that were given a generated header. */
  renamedHeaders: RenamedHeader[];
  /** Data rows, each exactly `headers.length` cells; footer lines are left out. */
  rows: string[][];
  /** Data rows; when `truncated`, only known to exceed `maxRows`, so `maxRows + 1`. */
  totalRows: number;
  /** More than `maxRows` data rows: reading stopped there. */
  truncated: boolean;
  /** Report footer lines after the last data row (see footer-lines), left out of `rows`. */
  footerLines: number;
};

/**
 * The table in non-blank records read whole: a CSV parsed in one go, or any other source of rows
 * (a workbook's sheet) that goes through the same header, footer and mapping steps. The header
 * is found below any title lines, every row is fitted to it, and the footer lines after the last
 * data row are left out. With `isComplete` false (the records stop before the end of the file),
 * nothing can be known to be a footer yet.
 */
export function tableOfRecords(
  records: string[][],
  {
    maxRows = Number.POSITIVE_INFINITY,
    isComplete = true,
  }: { maxRows?: number; isComplete?: boolean },
): Table {
  const layout = csvLayout(records, { maxRows });
  const width = layout.headers.length;
  const footerLines = isComplete ? countFooterLines(layout.data, width) : 0;
  const data = layout.data.slice(0, layout.data.length - footerLines);
  const truncated = data.length > maxRows;
  return {
    headerRowIndex: layout.headerRowIndex,
    headers: layout.headers,
    renamedHeaders: layout.renamed,
    rows: data.slice(0, maxRows).map((row) => fitRow(row, width)),
    totalRows: truncated ? maxRows + 1 : data.length,
    truncated,
    footerLines,
  };
}

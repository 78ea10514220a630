import { findDamage } from "@/lib/mapping/damaged-values";
import type { ParsedSheet } from "@/lib/xlsx/parse-sheet";
import { PREVIEW_TABLE_ROWS } from "./file-summary";
import type { CsvSummary, WorkbookSummary } from "./worker-protocol";

const ANY_COLUMN = { target: "skip", header: "" } as const;

/** Cells holding a spreadsheet error (#N/A, #DIV/0! …). */
export function errorCellsOf(rows: readonly string[][]): number {
  let count = 0;
  for (const row of rows) {
    for (const cell of row) {
      if (
        cell.charCodeAt(0) === 35 /* # */ &&
        findDamage(cell, ANY_COLUMN) === "spreadsheet-error"
      ) {
        count += 1;
      }
    }
  }
  return count;
}

/** What the page is told of a sheet's first rows, before the whole sheet is read. */
export function sheetPreviewSummary(
  parsed: ParsedSheet,
  sheets: WorkbookSummary["sheets"],
): CsvSummary {
  return {
    encoding: "xlsx",
    delimiter: "",
    headerRowNumber: parsed.headerRowNumber,
    headers: parsed.headers,
    renamedHeaders: parsed.renamedHeaders,
    previewRows: parsed.rows.slice(0, PREVIEW_TABLE_ROWS),
    totalRows: parsed.totalRows,
    footerLines: 0,
    hasUnterminatedQuote: false,
    isPreview: true,
    isTooLong: false,
    workbook: {
      sheet: parsed.sheet,
      sheets,
      formulaCells: parsed.formulaCells.length,
      errorCells: errorCellsOf(parsed.rows),
      hiddenColumns: parsed.hiddenColumns.map((column) => parsed.headers[column] ?? ""),
    },
  };
}

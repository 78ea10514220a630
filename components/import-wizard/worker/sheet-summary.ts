import { findDamage } from "@/lib/mapping/damaged-values";
import type { ParsedSheet } from "@/lib/xlsx/parse-sheet";
import type { CsvSummary, WorkbookSummary } from "./worker-protocol";

const ANY_COLUMN = { target: "skip", header: "" } as const;

function errorCellsOf(rows: readonly string[][]): number {
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

/** What the page is told of a sheet read (whole or its first rows only). */
export function summarizeSheet(
  parsed: ParsedSheet,
  {
    isPreview,
    sheets,
    previewRows,
  }: { isPreview: boolean; sheets: WorkbookSummary["sheets"]; previewRows: number },
): CsvSummary {
  return {
    encoding: "xlsx",
    delimiter: "",
    headerRowNumber: parsed.headerRowNumber,
    headers: parsed.headers,
    renamedHeaders: parsed.renamedHeaders,
    previewRows: parsed.rows.slice(0, previewRows),
    totalRows: parsed.totalRows,
    footerLines: isPreview ? 0 : parsed.footerLines,
    hasUnterminatedQuote: false,
    isPreview,
    isTooLong: !isPreview && parsed.truncated,
    workbook: {
      sheet: parsed.sheet,
      sheets,
      formulaCells: parsed.formulaCells.length,
      errorCells: errorCellsOf(parsed.rows),
      hiddenColumns: parsed.hiddenColumns.map((column) => parsed.headers[column] ?? ""),
    },
  };
}

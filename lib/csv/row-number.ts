/**
 * The number a user finds a data row by (seeds' README, "Row numbers"): the header's line, then
 * one per row. `headerRowNumber` is the header's own line: among a CSV file's non-blank lines, or
 * the sheet's row number in a workbook.
 */
export function rowNumberOf(headerRowNumber: number, rowIndex: number): number {
  return headerRowNumber + 1 + rowIndex;
}

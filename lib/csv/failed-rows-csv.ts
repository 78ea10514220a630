import { csvLine, UTF8_BOM } from "./write-csv";

export const ERROR_HEADER = "Error";

/** `contacts.csv` → `contacts-failed-rows.csv`. */
export function failedRowsFileName(fileName: string): string {
  const base = fileName.replace(/\.(csv|tsv|txt|xlsx|xlsm)$/i, "");
  return `${base}-failed-rows.csv`;
}

/**
 * The failed rows as a comma-separated UTF-8 file with the original header plus an `Error`
 * column, so it can be fixed and uploaded again. The BOM makes Excel read it as UTF-8.
 */
export function buildFailedRowsCsv(
  headers: readonly string[],
  rows: ReadonlyArray<{ cells: readonly string[]; error: string }>,
): string {
  const lines = [[...headers, ERROR_HEADER], ...rows.map((row) => [...row.cells, row.error])];
  return `${UTF8_BOM}${lines.map(csvLine).join("")}`;
}

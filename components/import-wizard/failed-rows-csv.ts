/**
 * Spreadsheets run a cell that starts with one of these as a formula (OWASP, "CSV Injection"),
 * so such a cell gets a leading apostrophe, which Excel and LibreOffice show as plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export const ERROR_HEADER = "Error";

export function escapeCsvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
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
  return `\uFEFF${lines.map((cells) => cells.map(escapeCsvCell).join(",")).join("\r\n")}\r\n`;
}

/**
 * Spreadsheets run a cell that starts with one of these as a formula (OWASP, "CSV Injection"),
 * so such a cell gets a leading apostrophe, which Excel and LibreOffice show as plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Leads a file so Excel reads it as UTF-8 rather than the system's code page. */
export const UTF8_BOM = "\uFEFF";

export function escapeCsvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One comma-separated record with its CRLF line end (RFC 4180), every cell escaped. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(escapeCsvCell).join(",")}\r\n`;
}

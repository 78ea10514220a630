import type { ParsedCsv } from "@/lib/csv/parse-csv";
import type { WizardFile } from "./read-wizard-file";
import type { RowStore } from "./row-store";
import type { CsvSummary } from "./worker-protocol";

export const PREVIEW_TABLE_ROWS = 20;
const SAMPLES_PER_COLUMN = 3;
const SAMPLE_SCAN_ROWS = 2_000;

/** How a CSV file was read, as the page is told it (a whole-file parse or a scan alike). */
export function csvShape(read: Omit<ParsedCsv, "rows">) {
  return {
    encoding: read.encoding,
    delimiter: read.delimiter,
    headerRowNumber: read.headerRowIndex + 1,
    headers: read.headers,
    renamedHeaders: read.renamedHeaders,
    totalRows: read.totalRows,
    truncated: read.truncated,
    hasUnterminatedQuote: read.hasUnterminatedQuote,
  };
}

/** What the page is told of a CSV file's first megabyte, before the whole file is read. */
export function csvPreviewSummary(parsed: ParsedCsv): CsvSummary {
  const { truncated: _, ...shape } = csvShape(parsed);
  return {
    ...shape,
    previewRows: parsed.rows.slice(0, PREVIEW_TABLE_ROWS),
    footerLines: 0,
    isPreview: true,
    isTooLong: false,
  };
}

/** What the page is told of the whole file. */
export function fileSummary(file: WizardFile): CsvSummary {
  return {
    encoding: file.encoding,
    delimiter: file.delimiter,
    headerRowNumber: file.headerRowNumber,
    headers: file.headers,
    renamedHeaders: file.renamedHeaders,
    previewRows: firstRows(file.rows, PREVIEW_TABLE_ROWS),
    totalRows: file.totalRows,
    footerLines: file.footerLines,
    hasUnterminatedQuote: file.hasUnterminatedQuote,
    isPreview: false,
    isTooLong: file.truncated,
    ...(file.workbook ? { workbook: file.workbook } : {}),
  };
}

export function firstRows(rows: RowStore, count: number): string[][] {
  const length = Math.min(count, rows.length);
  return Array.from({ length }, (_, row) => rows.row(row));
}

/** Up to three non-empty values per column, from the first rows. */
export function columnSamples(rows: RowStore): string[][] {
  const scanned = Math.min(rows.length, SAMPLE_SCAN_ROWS);
  return Array.from({ length: rows.width }, (_, column) => {
    const samples: string[] = [];
    for (let row = 0; row < scanned && samples.length < SAMPLES_PER_COLUMN; row += 1) {
      const value = rows.cell(row, column).trim();
      if (value) samples.push(value);
    }
    return samples;
  });
}

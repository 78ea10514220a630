import type { ByteSource } from "@/lib/csv/byte-source";
import type { CsvEncoding } from "@/lib/csv/decode-bytes";
import { type ParseCsvOptions, readCsv } from "@/lib/csv/parse-csv";
import type { CsvScan } from "@/lib/csv/scan-csv";
import { chooseSheet } from "@/lib/xlsx/choose-sheet";
import { openWorkbook } from "@/lib/xlsx/open-workbook";
import { scanWorkbook, type WorkbookScan } from "@/lib/xlsx/scan-workbook";
import { isZipUpload } from "@/lib/xlsx/workbook-signature";

export type CsvTableScan = CsvScan & { encoding: CsvEncoding };

/** An uploaded table read for import: a CSV file, or one sheet of a workbook. */
export type TableScan = CsvTableScan | WorkbookScan;

export type ReadTableOptions = ParseCsvOptions & {
  firstRows: number;
  /** For a workbook: the sheet's name or 0-based position; default, the first sheet with data. */
  sheet?: string;
};

/**
 * Reads an upload as what its bytes say it is, never what its name says: a zip archive is read as
 * a workbook (`encoding`, `delimiter` do not apply), anything else as CSV text (`sheet` does not
 * apply). Both give the same header, rows and pieces. Throws CsvFormatError for what cannot be read.
 */
export function readTable(source: ByteSource, options: ReadTableOptions): TableScan {
  if (!isZipUpload(source)) return readCsv(source, options);
  const workbook = openWorkbook(source);
  const { firstRows, maxRows } = options;
  return scanWorkbook(workbook, chooseSheet(workbook, options.sheet), { firstRows, maxRows });
}

export function isWorkbookScan(scan: TableScan): scan is WorkbookScan {
  return scan.encoding === "xlsx";
}

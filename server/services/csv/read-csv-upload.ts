import type { FileBytes } from "@/lib/csv/byte-source";
import { CsvFormatError } from "@/lib/csv/csv-format-error";
import {
  formatLimit,
  MAX_CSV_COLUMNS,
  MAX_CSV_ROWS,
  MAX_CUSTOM_FIELD_NAME_LENGTH,
  MAX_LISTED,
} from "@/lib/limits";
import {
  type DetectedMapping,
  detectMapping,
  MAPPING_SAMPLE_ROWS,
} from "@/lib/mapping/detect-mapping";
import {
  customFieldName,
  InvalidMappingError,
  parseMappingJson,
  unknownColumnsMessage,
} from "@/lib/mapping/mapping-target";
import type { CsvUploadFields } from "@/lib/schemas/csv-upload";
import { isWorkbookScan, readTable, type TableScan } from "@/lib/table/read-table";
import { skipHiddenColumns } from "@/lib/xlsx/skip-hidden-columns";
import { ServiceError } from "@/server/errors";

export interface CsvMessages {
  fileRequired: string;
  tooManyRows: string;
  noEmailColumn: string;
}

export interface ReadCsv {
  /** The file (CSV, or a workbook's sheet) scanned; its rows are read in pieces as the import goes. */
  csv: TableScan;
  mapping: DetectedMapping;
}

/**
 * Everything between the uploaded bytes and the import engine's input: decoding, parsing, the
 * limits, the mapping (explicit, then detected). Every problem is a 400 that says what is wrong.
 */
export function readCsvUpload(
  file: FileBytes | null,
  fields: CsvUploadFields,
  messages: CsvMessages,
): ReadCsv {
  if (!file) throw new ServiceError("VALIDATION_ERROR", messages.fileRequired);
  if (file.length === 0) throw new ServiceError("VALIDATION_ERROR", "CSV file is empty");
  let explicit: ReturnType<typeof parseMappingJson> | undefined;
  if (fields.mapping !== undefined && fields.mapping.trim() !== "") {
    try {
      explicit = parseMappingJson(fields.mapping);
    } catch (error) {
      if (error instanceof InvalidMappingError)
        throw new ServiceError("VALIDATION_ERROR", "Invalid mapping JSON");
      throw error;
    }
  }
  let csv: ReadCsv["csv"];
  try {
    csv = readTable(file, {
      encoding: fields.encoding,
      delimiter: fields.delimiter,
      sheet: fields.sheet,
      maxRows: MAX_CSV_ROWS,
      firstRows: MAPPING_SAMPLE_ROWS,
    });
  } catch (error) {
    if (error instanceof CsvFormatError) throw new ServiceError("VALIDATION_ERROR", error.message);
    throw error;
  }
  if (csv.truncated) {
    throw new ServiceError("VALIDATION_ERROR", messages.tooManyRows, { maxRows: MAX_CSV_ROWS });
  }
  if (csv.totalRows === 0) throw new ServiceError("VALIDATION_ERROR", "CSV file is empty");
  if (csv.headers.length > MAX_CSV_COLUMNS) {
    throw new ServiceError(
      "VALIDATION_ERROR",
      `The file has more than ${formatLimit(MAX_CSV_COLUMNS)} columns`,
    );
  }

  const detected = detectMapping(csv.headers, csv.firstRows, explicit);
  const mapping = isWorkbookScan(csv) ? skipHiddenColumns(detected, csv.hiddenColumns) : detected;
  if (mapping.unknownColumns.length > 0) {
    throw new ServiceError("VALIDATION_ERROR", unknownColumnsMessage(mapping.unknownColumns), {
      unknownColumns: mapping.unknownColumns.slice(0, MAX_LISTED),
      unknownColumnCount: mapping.unknownColumns.length,
      columns: csv.headers.slice(0, MAX_LISTED),
    });
  }
  assertCustomNamesFit(mapping);
  if (mapping.emailColumn === null) {
    const sheets = isWorkbookScan(csv) ? { sheet: csv.sheet, sheets: csv.sheets } : undefined;
    throw new ServiceError("VALIDATION_ERROR", messages.noEmailColumn, sheets);
  }
  return { csv, mapping };
}

/**
 * Every row would fail on a custom field name over the limit (a long header kept as custom), so
 * the file is refused up front, saying how to map that column instead.
 */
function assertCustomNamesFit(mapping: DetectedMapping): void {
  const tooLong = mapping.columns.find(
    ({ target }) => (customFieldName(target)?.length ?? 0) > MAX_CUSTOM_FIELD_NAME_LENGTH,
  );
  if (!tooLong) return;
  const header = tooLong.header.length > 40 ? `${tooLong.header.slice(0, 40)}…` : tooLong.header;
  throw new ServiceError(
    "VALIDATION_ERROR",
    `Column "${header}" would be a custom field named with more than ${formatLimit(MAX_CUSTOM_FIELD_NAME_LENGTH)} characters: map it to "skip" or to "custom:<a shorter name>"`,
  );
}

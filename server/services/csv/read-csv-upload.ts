import type { FileBytes } from "@/lib/csv/byte-source";
import { CsvFormatError } from "@/lib/csv/csv-format-error";
import type { CsvEncoding } from "@/lib/csv/decode-bytes";
import { readCsv } from "@/lib/csv/parse-csv";
import type { CsvScan } from "@/lib/csv/scan-csv";
import { MAX_CSV_ROWS, MAX_LISTED } from "@/lib/limits";
import { type DetectedMapping, detectMapping } from "@/lib/mapping/detect-mapping";
import {
  InvalidMappingError,
  parseMappingJson,
  unknownColumnsMessage,
} from "@/lib/mapping/mapping-target";
import type { CsvUploadFields } from "@/lib/schemas/csv-upload";
import { ServiceError } from "@/server/errors";

/** Rows the mapping detector sniffs values from. */
const SAMPLE_ROWS = 200;

export interface CsvMessages {
  fileRequired: string;
  tooManyRows: string;
  noEmailColumn: string;
}

export interface ReadCsv {
  /** The file scanned; its rows are read in pieces as the import goes. */
  csv: CsvScan & { encoding: CsvEncoding };
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
    csv = readCsv(file, {
      encoding: fields.encoding,
      delimiter: fields.delimiter,
      maxRows: MAX_CSV_ROWS,
      firstRows: SAMPLE_ROWS,
    });
  } catch (error) {
    if (error instanceof CsvFormatError) throw new ServiceError("VALIDATION_ERROR", error.message);
    throw error;
  }
  if (csv.truncated) {
    throw new ServiceError("VALIDATION_ERROR", messages.tooManyRows, { maxRows: MAX_CSV_ROWS });
  }
  if (csv.totalRows === 0) throw new ServiceError("VALIDATION_ERROR", "CSV file is empty");

  const mapping = detectMapping(csv.headers, csv.firstRows, explicit);
  if (mapping.unknownColumns.length > 0) {
    throw new ServiceError("VALIDATION_ERROR", unknownColumnsMessage(mapping.unknownColumns), {
      unknownColumns: mapping.unknownColumns.slice(0, MAX_LISTED),
      unknownColumnCount: mapping.unknownColumns.length,
      columns: csv.headers.slice(0, MAX_LISTED),
    });
  }
  if (mapping.emailColumn === null)
    throw new ServiceError("VALIDATION_ERROR", messages.noEmailColumn);
  return { csv, mapping };
}

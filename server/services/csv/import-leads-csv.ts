import type { LeadRecord } from "@/lib/fields/catalogue";
import { type CsvWarning, CsvWarnings } from "@/lib/leads/collect-csv-warnings";
import { leadsFromRows } from "@/lib/leads/leads-from-rows";
import { summarizeBulk } from "@/lib/leads/summarize-outcomes";
import { formatLimit, MAX_CSV_ROWS } from "@/lib/limits";
import type { CsvUploadFields } from "@/lib/schemas/csv-upload";
import { toImportOptions } from "@/lib/schemas/import-options";
import type { UploadedFile } from "@/server/http/uploaded-file";
import type { ServiceContext } from "@/server/services/context";
import { type ImportLeadsOptions, importLeadPieces } from "@/server/services/leads/import-leads";
import { type CsvMessages, type ReadCsv, readCsvUpload } from "./read-csv-upload";

/** Seed 001's messages. */
export const LEADS_CSV_MESSAGES: CsvMessages = {
  fileRequired: 'CSV file is required. Send as multipart/form-data with field name "file".',
  tooManyRows: `Maximum ${formatLimit(MAX_CSV_ROWS)} leads per CSV file`,
  noEmailColumn:
    'No email column detected. Provide a "mapping" field or ensure your CSV has an "email" column.',
};

/** The number a user finds a row by in the file: the header's line, then one line per row. */
export function rowNumbering(read: ReadCsv): (index: number) => number {
  const first = read.csv.headerRowIndex + 2;
  return (index) => first + index;
}

function csvInfoOf(read: ReadCsv, warnings: CsvWarning[]) {
  return {
    totalRows: read.csv.totalRows,
    columns: read.csv.headers,
    mapping: read.mapping.mapping,
    encoding: read.csv.encoding,
    delimiter: read.csv.delimiter,
    headerRow: read.csv.headerRowIndex + 1,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/**
 * What the CSV paths share: read the file, then hand the engine its rows as records, piece by
 * piece, counting damaged values on the way. `csvInfo()` is whole once the import has run.
 */
export function prepareCsvImport(
  file: UploadedFile | null,
  fields: CsvUploadFields,
  messages: CsvMessages,
  endpoint: string,
) {
  const read = readCsvUpload(file, fields, messages);
  const rowNumberOf = rowNumbering(read);
  const warnings = new CsvWarnings(read.mapping.columns, rowNumberOf);
  function* pieces(): Generator<LeadRecord[]> {
    for (const rows of read.csv.rows()) {
      warnings.add(rows);
      yield leadsFromRows(rows, read.mapping.columns);
    }
  }
  const options: ImportLeadsOptions = {
    ...toImportOptions(fields),
    source: "csv",
    endpoint,
    rowNumberOf,
    details: {
      fileName: file?.name,
      fileSize: file?.size,
      encoding: read.csv.encoding,
      delimiter: read.csv.delimiter,
      mapping: read.mapping.mapping,
    },
    warnings: () => {
      const list = warnings.list();
      return list.length > 0 ? { csv: list } : undefined;
    },
  };
  return {
    pieces: pieces(),
    totalRows: read.csv.totalRows,
    options,
    rowNumberOf,
    csvInfo: () => csvInfoOf(read, warnings.list()),
  };
}

/** `POST /v1/leads/import/csv` (seed 001). */
export async function importLeadsCsv({
  ctx,
  file,
  fields,
}: {
  ctx: ServiceContext;
  file: UploadedFile | null;
  fields: CsvUploadFields;
}) {
  const { pieces, totalRows, csvInfo, options, rowNumberOf } = prepareCsvImport(
    file,
    fields,
    LEADS_CSV_MESSAGES,
    "POST /v1/leads/import/csv",
  );
  const { outcomes } = await importLeadPieces({ ctx, pieces, totalRows, options });
  return { ...summarizeBulk(outcomes, rowNumberOf), csvInfo: csvInfo() };
}

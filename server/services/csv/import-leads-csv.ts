import { collectCsvWarnings } from "@/lib/leads/collect-csv-warnings";
import { leadsFromRows } from "@/lib/leads/leads-from-rows";
import { summarizeBulk } from "@/lib/leads/summarize-outcomes";
import type { CsvUploadFields } from "@/lib/schemas/csv-upload";
import type { UploadedFile } from "@/server/http/read-multipart-upload";
import type { ServiceContext } from "@/server/services/context";
import { type ImportLeadsOptions, importLeads } from "@/server/services/leads/import-leads";
import { type CsvMessages, type ReadCsv, readCsvUpload } from "./read-csv-upload";

/** Seed 001's messages. */
export const LEADS_CSV_MESSAGES: CsvMessages = {
  fileRequired: 'CSV file is required. Send as multipart/form-data with field name "file".',
  tooManyRows: "Maximum 50,000 leads per CSV file",
  noEmailColumn:
    'No email column detected. Provide a "mapping" field or ensure your CSV has an "email" column.',
};

/** The number a user finds a row by in the file: the header's line, then one line per row. */
export function rowNumbering(read: ReadCsv): (index: number) => number {
  const first = read.parsed.headerRowIndex + 2;
  return (index) => first + index;
}

export function csvInfoOf(read: ReadCsv, rowNumberOf: (index: number) => number) {
  const warnings = collectCsvWarnings(read.parsed.rows, read.mapping.columns, rowNumberOf);
  return {
    totalRows: read.parsed.rows.length,
    columns: read.parsed.headers,
    mapping: read.mapping.mapping,
    encoding: read.parsed.encoding,
    delimiter: read.parsed.delimiter,
    headerRow: read.parsed.headerRowIndex + 1,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/** What the CSV paths share: read the file, turn rows into records, describe the run. */
export function prepareCsvImport(
  file: UploadedFile | null,
  fields: CsvUploadFields,
  messages: CsvMessages,
  endpoint: string,
) {
  const read = readCsvUpload(file, fields, messages);
  const rowNumberOf = rowNumbering(read);
  const records = leadsFromRows(read.parsed.rows, read.mapping.columns);
  const csvInfo = csvInfoOf(read, rowNumberOf);
  const options: ImportLeadsOptions = {
    skipDuplicates: fields.skipDuplicates,
    dataCleanup: fields.dataCleanup,
    tag: fields.tag,
    restoreDeleted: true,
    dryRun: fields.dryRun,
    defaultCountry: fields.defaultCountry,
    source: "csv",
    endpoint,
    rowNumberOf,
    details: {
      fileName: file?.name,
      fileSize: file?.size,
      encoding: read.parsed.encoding,
      delimiter: read.parsed.delimiter,
      mapping: read.mapping.mapping,
      ...(csvInfo.warnings ? { warnings: { csv: csvInfo.warnings } } : {}),
    },
  };
  return { records, csvInfo, options, rowNumberOf };
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
  const { records, csvInfo, options, rowNumberOf } = prepareCsvImport(
    file,
    fields,
    LEADS_CSV_MESSAGES,
    "POST /v1/leads/import/csv",
  );
  const { outcomes } = await importLeads({ ctx, records, options });
  return { ...summarizeBulk(outcomes, records, rowNumberOf), csvInfo };
}

import type { FileBytes } from "@/lib/csv/byte-source";
import { summarizeBulk } from "@/lib/leads/summarize-outcomes";
import { formatLimit, MAX_CSV_ROWS } from "@/lib/limits";
import type { CsvUploadFields } from "@/lib/schemas/csv-upload";
import type { ServiceContext } from "@/server/services/context";
import { importCsvFile } from "./import-csv-file";
import type { CsvMessages } from "./read-csv-upload";

/** Seed 001's messages. */
export const LEADS_CSV_MESSAGES: CsvMessages = {
  fileRequired: 'CSV file is required. Send as multipart/form-data with field name "file".',
  tooManyRows: `Maximum ${formatLimit(MAX_CSV_ROWS)} leads per CSV file`,
  noEmailColumn:
    'No email column detected. Provide a "mapping" field or ensure your CSV has an "email" column.',
};

/** `POST /v1/leads/import/csv` (seed 001). */
export async function importLeadsCsv({
  ctx,
  file,
  fields,
}: {
  ctx: ServiceContext;
  file: FileBytes | null;
  fields: CsvUploadFields;
}) {
  const { outcomes, rowNumberOf, csvInfo } = await importCsvFile({
    ctx,
    file,
    fields,
    messages: LEADS_CSV_MESSAGES,
    origin: { door: "csv" },
  });
  return { ...summarizeBulk(outcomes, rowNumberOf), csvInfo };
}

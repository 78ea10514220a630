import type { FileBytes } from "@/lib/csv/byte-source";
import { rowNumberOf } from "@/lib/csv/row-number";
import type { LeadRecord } from "@/lib/fields/catalogue";
import { type CsvWarning, CsvWarnings, footerWarning } from "@/lib/leads/collect-csv-warnings";
import { leadsFromRows } from "@/lib/leads/leads-from-rows";
import type { CsvUploadFields } from "@/lib/schemas/csv-upload";
import { toImportOptions } from "@/lib/schemas/import-options";
import { isWorkbookScan, type TableScan } from "@/lib/table/read-table";
import type { FormulaCell } from "@/lib/xlsx/scan-workbook";
import type { CampaignCounts } from "@/server/services/campaigns/insert-memberships";
import type { ServiceContext } from "@/server/services/context";
import { type ImportOrigin, withImportRecord } from "@/server/services/imports/with-import-record";
import {
  type AfterBatch,
  type ImportedLeads,
  importLeads,
} from "@/server/services/leads/import-leads";
import { type CsvMessages, type ReadCsv, readCsvUpload } from "./read-csv-upload";

/** The line (or a sheet's row) the header is on, as the user's editor numbers it. */
function headerRowOf(csv: TableScan): number {
  return isWorkbookScan(csv) ? csv.headerRowNumber : csv.headerRowIndex + 1;
}

/** The number a user finds a row by in the file (see rowNumberOf). */
function rowNumbering(read: ReadCsv): (index: number) => number {
  const headerRowNumber = headerRowOf(read.csv);
  return (index) => rowNumberOf(headerRowNumber, index);
}

/** The encoding, and the delimiter of a CSV file or the sheet of a workbook. */
function formatOf(csv: TableScan) {
  return isWorkbookScan(csv)
    ? { encoding: csv.encoding, sheet: csv.sheet }
    : { encoding: csv.encoding, delimiter: csv.delimiter };
}

function csvInfoOf(read: ReadCsv, warnings: CsvWarning[]) {
  return {
    totalRows: read.csv.totalRows,
    columns: read.csv.headers,
    mapping: read.mapping.mapping,
    ...formatOf(read.csv),
    headerRow: headerRowOf(read.csv),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/**
 * What the CSV doors share: read the upload (every refusal comes before a write), then hand the
 * engine its rows as records, piece by piece, counting damaged values (and a workbook's formula
 * cells) on the way, inside the import's record. Answers the outcomes, how rows are numbered and
 * the file's `csvInfo`, whose warnings start with the report footer lines left out, if any.
 */
export async function importCsvFile({
  ctx,
  file,
  fields,
  messages,
  origin,
  afterBatch,
  campaignCountsOf,
}: {
  ctx: ServiceContext;
  file: FileBytes | null;
  fields: CsvUploadFields;
  messages: CsvMessages;
  /** Which CSV door, and the campaign it adds to. */
  origin: Pick<ImportOrigin, "door" | "campaignId">;
  afterBatch?: AfterBatch;
  /** A campaign door's figures, from what the engine did. */
  campaignCountsOf?: (imported: ImportedLeads) => CampaignCounts;
}) {
  const read = readCsvUpload(file, fields, messages);
  const numberOf = rowNumbering(read);
  const footer = footerWarning({ ...read.csv, headerRowNumber: headerRowOf(read.csv) });
  const damage = new CsvWarnings(read.mapping.columns, numberOf);
  const warnings = () => [...(footer ? [footer] : []), ...damage.list()];
  function* pieces(): Generator<LeadRecord[]> {
    const onFormula = ({ row, column }: FormulaCell) => damage.addCellNote("formula", row, column);
    for (const rows of read.csv.rows(onFormula)) {
      damage.add(rows);
      yield leadsFromRows(rows, read.mapping.columns);
    }
  }
  const options = toImportOptions(fields);
  const imported = await withImportRecord({
    ctx,
    origin: {
      ...origin,
      totalRows: read.csv.totalRows,
      fileName: file?.name,
      fileSize: file?.length,
      ...formatOf(read.csv),
      mapping: read.mapping.mapping,
    },
    options,
    rowNumberOf: numberOf,
    warnings: () => {
      const list = warnings();
      return list.length > 0 ? { csv: list } : undefined;
    },
    run: async (recorded) => {
      const imported = await importLeads({
        ctx,
        pieces: pieces(),
        options,
        afterBatch,
        ...recorded,
      });
      return { ...imported, campaignCounts: campaignCountsOf?.(imported) };
    },
  });
  return { ...imported, rowNumberOf: numberOf, csvInfo: csvInfoOf(read, warnings()) };
}

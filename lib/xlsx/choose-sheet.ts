import { CsvFormatError } from "@/lib/csv/csv-format-error";
import type { Workbook, WorkbookSheet } from "./open-workbook";
import { readSheet, type SheetRecord } from "./sheet-records";

/** A row with a visible value: what a CSV reader keeps of its lines too. */
export function isBlankRecord(record: SheetRecord): boolean {
  return record.cells.every((cell) => cell.trim() === "");
}

/** Whether the sheet has any row with a value; reads only up to the first one. */
export function hasData(workbook: Workbook, sheet: WorkbookSheet): boolean {
  for (const piece of readSheet(workbook, sheet).pieces) {
    if (piece.some((record) => !isBlankRecord(record))) return true;
  }
  return false;
}

/** The first visible sheet with data (then any sheet with data): the one a person means. */
export function defaultSheet(workbook: Workbook): WorkbookSheet {
  const { sheets } = workbook;
  const ordered = [
    ...sheets.filter((sheet) => !sheet.isHidden),
    ...sheets.filter((s) => s.isHidden),
  ];
  return ordered.find((sheet) => hasData(workbook, sheet)) ?? (sheets[0] as WorkbookSheet);
}

/**
 * The sheet a client named: its name (exactly, then ignoring case and surrounding spaces), or its
 * 0-based position among the worksheets, as pandas' `sheet_name` takes it. A name wins over a
 * position, so a sheet called "2" is found by its name.
 */
export function findSheet(workbook: Workbook, wanted: string): WorkbookSheet {
  const { sheets } = workbook;
  const loose = wanted.trim().toLowerCase();
  const found =
    sheets.find((sheet) => sheet.name === wanted) ??
    sheets.find((sheet) => sheet.name.trim().toLowerCase() === loose) ??
    (/^\d+$/.test(wanted.trim()) ? sheets[Number(wanted.trim())] : undefined);
  if (found) return found;
  const names = sheets.map((sheet) => `"${sheet.name}"`).join(", ");
  throw new CsvFormatError(
    `The workbook has no sheet "${wanted}"; its sheets are ${names} (name one, or give its position from 0)`,
  );
}

/** The named sheet, or the default one when none is named. */
export function chooseSheet(workbook: Workbook, wanted: string | undefined): WorkbookSheet {
  return wanted === undefined || wanted.trim() === ""
    ? defaultSheet(workbook)
    : findSheet(workbook, wanted);
}

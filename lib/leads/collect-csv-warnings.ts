import { rowNumberOf } from "@/lib/csv/row-number";
import { DAMAGE_MESSAGES, type DamageKind, findDamage } from "@/lib/mapping/damaged-values";
import type { MappingTarget } from "@/lib/mapping/mapping-target";

const ROWS_LISTED = 10;

/** What a workbook's cells tell that their text does not. */
export type CellNoteKind = "formula";

/** What is said of a column's values: damaged, or computed by a formula. */
type ColumnWarningKind = DamageKind | CellNoteKind;

/** A column's values, or (no column) report footer lines left out of the rows. */
export type CsvWarningKind = ColumnWarningKind | "footer-lines";

export const WARNING_MESSAGES: Record<ColumnWarningKind, string> = {
  ...DAMAGE_MESSAGES,
  formula:
    "A formula computed this value in the workbook; the result it last showed was imported (formulas are never run here).",
};

export interface CsvWarning {
  /** The column it was seen in; absent for what concerns whole lines (footer lines). */
  column?: string;
  kind: CsvWarningKind;
  message: string;
  count: number;
  /** The first rows (as numbered in the file) where it was seen. */
  rows: number[];
}

/**
 * Rule 6: report footer lines after the last data row were left out, `6 footer lines after row 46
 * skipped`; undefined when there were none. The lines are numbered on from the last row.
 */
export function footerWarning({
  footerLines,
  headerRowNumber,
  totalRows,
}: {
  footerLines: number;
  headerRowNumber: number;
  totalRows: number;
}): CsvWarning | undefined {
  if (footerLines === 0) return undefined;
  const lastRow = rowNumberOf(headerRowNumber, totalRows - 1);
  const lines = footerLines === 1 ? "1 footer line" : `${footerLines} footer lines`;
  return {
    kind: "footer-lines",
    message: `${lines} after row ${lastRow} skipped`,
    count: footerLines,
    rows: Array.from({ length: Math.min(footerLines, ROWS_LISTED) }, (_, at) => lastRow + 1 + at),
  };
}

type Column = { index: number; header: string; target: MappingTarget };

/**
 * Values a spreadsheet already damaged (scientific-notation phones, lost leading zeros, #N/A …),
 * counted per column over rows given in consecutive pieces. The rows still import; the user sees
 * what to fix at the source. Listed by column, then by where each kind was first seen.
 */
export class CsvWarnings {
  #found = new Map<string, CsvWarning & { order: [number, number] }>();
  #rowsSeen = 0;

  constructor(
    private readonly columns: readonly Column[],
    private readonly rowNumberOf: (index: number) => number,
  ) {}

  add(rows: readonly string[][]): void {
    this.columns.forEach((column, position) => {
      if (column.target === "skip") return;
      rows.forEach((row, offset) => {
        const value = row[column.index];
        if (!value) return;
        const kind = findDamage(value, column);
        if (kind) this.#count(column, position, kind, this.#rowsSeen + offset);
      });
    });
    this.#rowsSeen += rows.length;
  }

  /** A cell of a mapped column that the file says more about than its text (a formula's value). */
  addCellNote(kind: CellNoteKind, rowIndex: number, columnIndex: number): void {
    const position = this.columns.findIndex((column) => column.index === columnIndex);
    const column = this.columns[position];
    if (column && column.target !== "skip") this.#count(column, position, kind, rowIndex);
  }

  list(): CsvWarning[] {
    return [...this.#found.values()]
      .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1])
      .map(({ order, ...warning }) => warning);
  }

  #count(column: Column, position: number, kind: ColumnWarningKind, rowIndex: number) {
    const key = `${column.index}:${kind}`;
    let warning = this.#found.get(key);
    if (!warning) {
      warning = {
        column: column.header,
        kind,
        message: WARNING_MESSAGES[kind],
        count: 0,
        rows: [],
        order: [position, rowIndex],
      };
      this.#found.set(key, warning);
    }
    warning.count += 1;
    if (warning.rows.length < ROWS_LISTED) warning.rows.push(this.rowNumberOf(rowIndex));
  }
}

/** The warnings of rows read whole. */
export function collectCsvWarnings(
  rows: readonly string[][],
  columns: readonly Column[],
  rowNumberOf: (index: number) => number,
): CsvWarning[] {
  const warnings = new CsvWarnings(columns, rowNumberOf);
  warnings.add(rows);
  return warnings.list();
}

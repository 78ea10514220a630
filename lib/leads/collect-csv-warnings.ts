import { DAMAGE_MESSAGES, type DamageKind, findDamage } from "@/lib/mapping/damaged-values";
import type { MappingTarget } from "@/lib/mapping/mapping-target";

const ROWS_LISTED = 10;

export interface CsvWarning {
  column: string;
  kind: DamageKind;
  message: string;
  count: number;
  /** The first rows (as numbered in the file) where it was seen. */
  rows: number[];
}

/**
 * Values a spreadsheet already damaged (scientific-notation phones, lost leading zeros, #N/A …),
 * counted per column. The rows still import; the user sees what to fix at the source.
 */
export function collectCsvWarnings(
  rows: readonly string[][],
  columns: ReadonlyArray<{ index: number; header: string; target: MappingTarget }>,
  rowNumberOf: (index: number) => number,
): CsvWarning[] {
  const found = new Map<string, CsvWarning>();
  for (const column of columns) {
    if (column.target === "skip") continue;
    rows.forEach((row, rowIndex) => {
      const value = row[column.index];
      if (!value) return;
      const kind = findDamage(value, column);
      if (!kind) return;
      const key = `${column.index}:${kind}`;
      let warning = found.get(key);
      if (!warning) {
        warning = {
          column: column.header,
          kind,
          message: DAMAGE_MESSAGES[kind],
          count: 0,
          rows: [],
        };
        found.set(key, warning);
      }
      warning.count += 1;
      if (warning.rows.length < ROWS_LISTED) warning.rows.push(rowNumberOf(rowIndex));
    });
  }
  return [...found.values()];
}

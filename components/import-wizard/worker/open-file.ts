import { rowNumberOf } from "@/lib/csv/row-number";
import type { LeadRecord } from "@/lib/fields/catalogue";
import { leadsFromRows, type MappedColumn } from "@/lib/leads/leads-from-rows";
import type { RunKind } from "../run/run-machine";
import type { WizardFile } from "./read-wizard-file";
import { RowChecks } from "./row-checks";
import { RowEdits } from "./row-edits";
import type { RunOutcomes } from "./run-outcomes";
import type { CheckSettings } from "./worker-protocol";

/**
 * A file read whole, as the wizard works on it: its rows, the user's edits over them, every row's
 * check (for the mapping and cleanup last asked for) and each run's outcomes.
 */
export class OpenFile {
  readonly file: WizardFile;
  readonly edits: RowEdits;
  readonly runs: Partial<Record<RunKind, RunOutcomes>> = {};
  /** The dry run before the last one: what "fixed" and "still failing" compare with. */
  previousDryRun: RunOutcomes | undefined;
  #checks: { key: string; emailColumn: number | null; checks: RowChecks } | null = null;
  #settings: CheckSettings | null = null;

  constructor(file: WizardFile) {
    this.file = file;
    this.edits = new RowEdits(file.rows.width, (row, column) => file.rows.cell(row, column));
  }

  get rowCount(): number {
    return this.file.rows.length;
  }

  /** The checks for these settings, made again only when the email column or cleanup changed. */
  checksFor(settings: CheckSettings): RowChecks {
    this.#settings = settings;
    const emailColumn = emailColumnOf(settings.columns);
    const key = JSON.stringify([emailColumn, settings.dataCleanup]);
    if (this.#checks?.key === key) return this.#checks.checks;
    const { edits } = this;
    const checks = new RowChecks(
      {
        rowCount: this.rowCount,
        emailOf: (row) => cellValue(emailColumn === null ? "" : edits.cell(row, emailColumn)),
        isSkipped: (row) => edits.isSkipped(row),
      },
      settings.dataCleanup,
    );
    this.#checks = { key, emailColumn, checks };
    return checks;
  }

  /** The checks for the settings last asked for. */
  checks(): RowChecks {
    if (!this.#settings) throw new Error("The rows are not checked yet");
    return this.checksFor(this.#settings);
  }

  /** Makes the checks again from the rows (the edits were replaced). */
  forgetChecks(): void {
    this.#checks = null;
  }

  get settings(): CheckSettings | null {
    return this.#settings;
  }

  emailColumn(): number | null {
    return this.#settings ? emailColumnOf(this.#settings.columns) : null;
  }

  /** The row's email cell through the edits, when the mapping has an email column. */
  emailOf(index: number): string | undefined {
    const column = this.emailColumn();
    return column === null ? undefined : this.edits.cell(index, column);
  }

  cells(index: number): string[] {
    return Array.from({ length: this.file.rows.width }, (_, column) =>
      this.edits.cell(index, column),
    );
  }

  records(indexes: readonly number[], columns: readonly MappedColumn[]): LeadRecord[] {
    return leadsFromRows(
      indexes.map((index) => this.cells(index)),
      columns,
    );
  }

  /** The rows' cells of these columns, through the edits. */
  cellsOf(indexes: readonly number[], columns: readonly MappedColumn[]): string[][] {
    return indexes.map((row) => columns.map(({ index }) => this.edits.cell(row, index)));
  }

  rowNumberOf(index: number): number {
    return rowNumberOf(this.file.headerRowNumber, index);
  }

  indexOf(rowNumber: number): number {
    return rowNumber - this.file.headerRowNumber - 1;
  }
}

/** The columns an import sends: every one mapped to a field. */
export function sentColumns(columns: readonly MappedColumn[]): MappedColumn[] {
  return columns.filter(({ target }) => target !== "skip");
}

/** The column the engine takes the email from: the last one mapped to it, as leadsFromRows does. */
function emailColumnOf(columns: readonly MappedColumn[]): number | null {
  let column: number | null = null;
  for (const mapped of columns) if (mapped.target === "email") column = mapped.index;
  return column;
}

/** A cell as leadsFromRows reads it: blank is no value. */
function cellValue(cell: string): string | undefined {
  return cell.trim() === "" ? undefined : cell;
}

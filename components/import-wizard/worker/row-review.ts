import { emailIdentity } from "@/lib/leads/email-identity";
import { FAILURE_MESSAGES } from "@/lib/leads/failure-messages";
import type { ReviewRow, ReviewSummary, ReviewView, RowState } from "./review-types";
import type { RowChecks } from "./row-checks";
import type { CellChange, RowEdits } from "./row-edits";
import { RowFilter, windowOf } from "./row-filter";
import type { RunOutcomes } from "./run-outcomes";

/** What the review reads of the session: the file, its edits, the current checks and dry run. */
export interface ReviewSource {
  readonly edits: RowEdits;
  readonly rowCount: number;
  checks(): RowChecks;
  emailColumn(): number | null;
  dataCleanup(): boolean;
  dryRun(): RunOutcomes | undefined;
  original(row: number, column: number): string;
  rowNumberOf(index: number): number;
}

/**
 * The review grid's side in the worker: each row's state (the checks, the last dry run's outcome
 * unless the row changed since), filtered lists of rows, and edits with their effects: every
 * change re-checks the rows it touches at once (`RowChecks.update`).
 */
export class RowReview {
  readonly #source: ReviewSource;
  readonly #list = new RowFilter();
  /** Rows edited or skipped since the last dry run began: its outcome no longer speaks for them. */
  #changedSinceDryRun = new Set<number>();
  #fixed = new Set<number>();
  #fixedFor: RowChecks | null = null;
  #revision = 0;

  constructor(source: ReviewSource) {
    this.#source = source;
  }

  get revision(): number {
    return this.#revision;
  }

  /** A dry run begins: from now on its outcomes speak for every row. */
  dryRunStarted(): void {
    this.#changedSinceDryRun = new Set();
  }

  summary(): ReviewSummary {
    const { edits } = this.#source;
    const checks = this.#checks();
    return {
      counts: { ...checks.counts },
      updating: this.#updating(),
      editedCells: edits.editedCells,
      editedRows: edits.editedRowCount,
      fixedRows: this.#fixed.size,
      history: edits.history,
      revision: this.#revision,
    };
  }

  rows(view: ReviewView, columns: readonly number[], from: number, count: number) {
    const { edits, rowCount } = this.#source;
    const { total, indexes } = windowOf(this.listOf(view), rowCount, from, count);
    const rows: ReviewRow[] = indexes.map((index) => {
      const state = this.stateOf(index);
      return {
        index,
        row: this.#source.rowNumberOf(index),
        state,
        detail: this.detailOf(index, state),
        cells: columns.map((column) => edits.cell(index, column)),
        originals: columns.map((column) =>
          edits.isEdited(index, column) ? this.#source.original(index, column) : null,
        ),
      };
    });
    return { total, rows };
  }

  /** The view's rows (null: every row), made once per view and list version. */
  listOf(view: ReviewView): Int32Array | null {
    const { edits, rowCount } = this.#source;
    const text = view.contains.trim().toLowerCase();
    const column = view.column;
    const hasText = column !== null && text !== "";
    if (view.filter === "all" && !hasText) return null;
    const keeps = (index: number) =>
      this.#isInFilter(index, view) &&
      (!hasText || edits.cell(index, column).toLowerCase().includes(text));
    return this.#list.rows(JSON.stringify(view), rowCount, keeps);
  }

  edit(changes: readonly CellChange[], label: string): ReviewSummary {
    return this.#changed(this.#source.edits.edit(changes, label));
  }

  setSkipped(rows: Iterable<number>, isSkipped: boolean, label: string): ReviewSummary {
    return this.#changed(this.#source.edits.setSkipped(rows, isSkipped, label));
  }

  undo(): ReviewSummary {
    return this.#changed(this.#source.edits.undo());
  }

  redo(): ReviewSummary {
    return this.#changed(this.#source.edits.redo());
  }

  stateOf(index: number): RowState {
    const check = this.#checks().checkOf(index);
    if (check === "skipped") return "skipped";
    if (check === "failed") return "failing";
    if (check === "repeated") return "repeated";
    const outcome = this.#changedSinceDryRun.has(index)
      ? undefined
      : this.#source.dryRun()?.kindOf(index);
    switch (outcome) {
      case "created":
        return "creating";
      case "updated":
        return "updating";
      case "restored":
        return "restoring";
      case "existing":
      case "deleted-match":
        return "existing";
      case "failed":
        return "failing";
      case "repeated":
        return "repeated";
      case undefined:
        return this.#fixed.has(index) ? "fixed" : "ready";
    }
  }

  detailOf(index: number, state: RowState): string {
    const checks = this.#checks();
    switch (state) {
      case "skipped":
        return "Skipped by you: not imported";
      case "failing":
        return checks.checkOf(index) === "failed"
          ? FAILURE_MESSAGES[checks.reasonOf(index)]
          : FAILURE_MESSAGES["not-saved"];
      case "repeated": {
        const first = checks.firstRowOf(index);
        return first === undefined
          ? "Repeats an earlier row"
          : `Repeats row ${this.#source.rowNumberOf(first)}: the first row with this email wins`;
      }
      case "creating":
        return "Will be created";
      case "updating":
        return "Will update the lead with this email";
      case "restoring":
        return "Will bring back a deleted lead";
      case "existing":
        return "Already a lead: skipped";
      case "fixed":
        return "Passes the checks now; the dry run checks it with the server";
      case "ready":
        return this.#changedSinceDryRun.has(index)
          ? "Changed since the dry run: run it again to check it with the server"
          : "Passes the checks; the dry run tells whether it is new or already a lead";
    }
  }

  #isInFilter(index: number, view: ReviewView): boolean {
    switch (view.filter) {
      case "all":
        return true;
      case "edited":
        return this.#source.edits.isRowEdited(index);
      case "failing":
      case "repeated":
      case "skipped":
      case "updating":
        return this.stateOf(index) === view.filter;
    }
  }

  #changed(rows: readonly number[]): ReviewSummary {
    if (rows.length > 0) {
      const rechecked = this.#checks().update(rows);
      for (const row of rows) this.#changedSinceDryRun.add(row);
      for (const row of [...rows, ...rechecked]) this.#updateFixed(row);
      this.#revision += 1;
    }
    return this.summary();
  }

  /** The checks, with the fixed rows worked out again when they are new (another mapping). */
  #checks(): RowChecks {
    const checks = this.#source.checks();
    if (checks !== this.#fixedFor) {
      this.#fixedFor = checks;
      this.#fixed = new Set();
      for (const row of this.#source.edits.editedRows()) this.#updateFixed(row);
    }
    return checks;
  }

  /** Fixed: an edited row whose email fails in the file and passes the checks now. */
  #updateFixed(row: number): void {
    const { edits } = this.#source;
    const column = this.#source.emailColumn();
    const isFixed =
      column !== null &&
      edits.isRowEdited(row) &&
      this.#source.checks().checkOf(row) === "send" &&
      emailIdentity(
        blankAsMissing(this.#source.original(row, column)),
        this.#source.dataCleanup(),
      ) === null;
    if (isFixed) this.#fixed.add(row);
    else this.#fixed.delete(row);
  }

  #updating(): number {
    const dryRun = this.#source.dryRun();
    if (!dryRun) return 0;
    let updating = dryRun.countOf("updated");
    for (const row of this.#changedSinceDryRun) if (dryRun.kindOf(row) === "updated") updating -= 1;
    return updating;
  }
}

function blankAsMissing(cell: string): string | undefined {
  return cell.trim() === "" ? undefined : cell;
}

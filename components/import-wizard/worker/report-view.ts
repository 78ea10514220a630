import { entryFor, type ReportRow, type ReportSources } from "../result/row-report-model";
import type { OpenFile } from "./open-file";
import { RowFilter, windowOf } from "./row-filter";
import type { ReportWindow } from "./worker-protocol";

/** The row report's windows: every row with its run's outcome, filtered in the worker. */
export class ReportView {
  readonly #open: OpenFile;
  readonly #filter = new RowFilter();
  /** Bumped whenever what a report shows may have changed. */
  #revision = 0;

  constructor(open: OpenFile) {
    this.#open = open;
  }

  changed(): void {
    this.#revision += 1;
  }

  rows(window: ReportWindow): { total: number; rows: ReportRow[] } {
    const open = this.#open;
    const { rowCount, edits, file } = open;
    const sources = this.#sources(window);
    const entry = (index: number) => entryFor(index, open.rowNumberOf(index), sources);
    const { filter } = window;
    const key = `${window.run}|${filter}|${window.hasEarlierChunks}|${this.#revision}`;
    const keeps =
      filter === "all"
        ? null
        : filter === "edited"
          ? (index: number) => edits.isRowEdited(index)
          : (index: number) => entry(index).kind === filter;
    const kept = this.#filter.rows(key, rowCount, keeps);
    const { total, indexes } = windowOf(kept, rowCount, window.from, window.count);
    const rows = indexes.map((index) => ({
      row: open.rowNumberOf(index),
      email: open.emailOf(index) ?? "",
      ...entry(index),
      edits: edits
        .editsOf(index)
        .map((edit) => `${file.headers[edit.column] ?? ""} was “${edit.before}”`)
        .join("; "),
    }));
    return { total, rows };
  }

  #sources(window: ReportWindow): ReportSources {
    const open = this.#open;
    const outcomes = open.runs[window.run];
    const checks = open.settings ? open.checks() : null;
    return {
      isSkippedByChoice: (index) => open.edits.isSkipped(index),
      outcomeOf: (index, row) => outcomes?.outcomeOf(index, row),
      repeatOf: (index) => {
        if (checks?.checkOf(index) !== "repeated") return undefined;
        const first = checks.firstRowOf(index);
        return first === undefined ? undefined : open.rowNumberOf(first);
      },
      recordedFailureOf: (row) => outcomes?.recordedFailureOf(row),
      isDryRun: window.run === "dry-run",
      hasEarlierChunks: window.hasEarlierChunks,
    };
  }
}

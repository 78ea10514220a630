import type { FailureReason, NumberedOutcome, OutcomeKind } from "@/lib/leads/row-outcome";
import { LeadIds } from "./lead-ids";

const KINDS: readonly OutcomeKind[] = [
  "created",
  "restored",
  "updated",
  "existing",
  "deleted-match",
  "repeated",
  "failed",
];
const REASONS: readonly FailureReason[] = ["email-missing", "email-invalid", "not-saved"];

/**
 * The server's outcome for every row a run sent, kept in the worker: a byte per row for the kind
 * (0: none yet), the lead's id where there is one. The page only ever holds the tally.
 */
export class RunOutcomes {
  readonly #kinds: Uint8Array;
  readonly #reasons: Uint8Array;
  readonly #leadIds: LeadIds;
  /** Repeats the server found within one chunk: row → first row, as row numbers. */
  readonly #firstRows = new Map<number, number>();
  /** Failed rows as the import's record lists them: its earlier sessions' rows too. */
  #recordedFailures = new Map<number, string>();
  /** Rows of each kind (by code), kept as outcomes come and go. */
  readonly #tally = new Int32Array(KINDS.length + 1);

  constructor(rowCount: number) {
    this.#kinds = new Uint8Array(rowCount);
    this.#reasons = new Uint8Array(rowCount);
    this.#leadIds = new LeadIds(rowCount);
  }

  keep(outcomes: readonly NumberedOutcome[], indexOf: (rowNumber: number) => number): void {
    for (const outcome of outcomes) {
      const index = indexOf(outcome.row);
      if (index < 0 || index >= this.#kinds.length) continue;
      this.#setKind(index, KINDS.indexOf(outcome.kind) + 1);
      if (outcome.kind === "failed") this.#reasons[index] = REASONS.indexOf(outcome.reason);
      else if (outcome.kind === "repeated") this.#firstRows.set(outcome.row, outcome.firstRow);
      else this.#leadIds.set(index, outcome.leadId);
    }
  }

  /** Forgets row `index`'s outcome: the row changed since the run checked it. */
  forget(index: number): void {
    this.#setKind(index, 0);
  }

  /** Rows with an outcome of `kind`. */
  countOf(kind: OutcomeKind): number {
    return this.#tally[KINDS.indexOf(kind) + 1] ?? 0;
  }

  kindOf(index: number): OutcomeKind | undefined {
    return KINDS[(this.#kinds[index] ?? 0) - 1];
  }

  #setKind(index: number, code: number): void {
    const before = this.#kinds[index] ?? 0;
    this.#tally[before] = (this.#tally[before] ?? 0) - 1;
    this.#kinds[index] = code;
    this.#tally[code] = (this.#tally[code] ?? 0) + 1;
  }

  keepRecordedFailures(failures: ReadonlyArray<{ row: number; error: string }>): void {
    this.#recordedFailures = new Map(failures.map((failure) => [failure.row, failure.error]));
  }

  recordedFailureOf(rowNumber: number): string | undefined {
    return this.#recordedFailures.get(rowNumber);
  }

  /** The outcome of data row `index`, numbered `rowNumber`, if the run has one. */
  outcomeOf(index: number, rowNumber: number): NumberedOutcome | undefined {
    const kind = KINDS[(this.#kinds[index] ?? 0) - 1];
    if (kind === undefined) return undefined;
    if (kind === "failed") {
      return { kind, reason: REASONS[this.#reasons[index] ?? 0] as FailureReason, row: rowNumber };
    }
    if (kind === "repeated") {
      return { kind, firstRow: this.#firstRows.get(rowNumber) ?? rowNumber, row: rowNumber };
    }
    return { kind, leadId: this.#leadIds.get(index) ?? "", row: rowNumber };
  }
}

import { FAILURE_MESSAGES, failureMessage } from "./failure-messages";
import type { FailedOutcome, FailureReason, RowOutcome } from "./row-outcome";

export type FailureMessages = Record<FailureReason, string>;

/** A failed row as an import's record keeps it: by row number, with its email when it had one. */
export interface RecordedRowError {
  row: number;
  email?: string;
  error: string;
}

/** A failed row as a response lists it (seeds 000–002): by its email, else by its row number. */
export type ListedRowError = { email: string; error: string } | { row: number; error: string };

/** The one place a failed row becomes an error entry. */
export function rowErrorOf(
  outcome: FailedOutcome,
  row: number,
  messages: FailureMessages = FAILURE_MESSAGES,
): RecordedRowError {
  const error = failureMessage(outcome, messages);
  return outcome.email === undefined ? { row, error } : { row, email: outcome.email, error };
}

/** Every failed row of a request, numbered as the user knows its rows: what the record keeps. */
export function recordedRowErrors(
  outcomes: readonly RowOutcome[],
  rowNumberOf: (index: number) => number,
): RecordedRowError[] {
  const errors: RecordedRowError[] = [];
  outcomes.forEach((outcome, index) => {
    if (outcome.kind === "failed") errors.push(rowErrorOf(outcome, rowNumberOf(index)));
  });
  return errors;
}

/** The first `limit` failed rows, as a response lists them. */
export function listedRowErrors(
  outcomes: readonly RowOutcome[],
  options: {
    limit: number;
    messages?: FailureMessages;
    rowNumberOf: (index: number) => number;
  },
): ListedRowError[] {
  const errors: ListedRowError[] = [];
  for (let index = 0; index < outcomes.length && errors.length < options.limit; index++) {
    const outcome = outcomes[index];
    if (outcome?.kind !== "failed") continue;
    const { row, email, error } = rowErrorOf(outcome, options.rowNumberOf(index), options.messages);
    errors.push(email ? { email, error } : { row, error });
  }
  return errors;
}

/** Rows numbered by their 1-based position, as in a JSON body. */
export function positionOf(index: number): number {
  return index + 1;
}

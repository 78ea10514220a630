/**
 * Why a row failed; each door words it as its seed does. `lead-invalid`: a field over its limit or
 * a character that cannot be stored (see leadProblem), said in the outcome's `detail`.
 */
export type FailureReason = "email-missing" | "email-invalid" | "lead-invalid" | "not-saved";

/** What happened to one input row: every row gets exactly one. */
export type RowOutcome =
  | { kind: "created"; leadId: string }
  | { kind: "restored"; leadId: string }
  | { kind: "updated"; leadId: string }
  /** An active lead has this email and the request does not update it. */
  | { kind: "existing"; leadId: string }
  /** A soft-deleted lead has this email and the request does not restore it (seed 003). */
  | { kind: "deleted-match"; leadId: string }
  /** The same email appeared earlier in the request; the first occurrence wins. */
  | { kind: "repeated"; firstRow: number }
  /** `email` is the row's own, as sent (trimmed), when it had one: error lists name rows by it. */
  | { kind: "failed"; reason: FailureReason; email?: string; detail?: string };

export type OutcomeKind = RowOutcome["kind"];
export type FailedOutcome = Extract<RowOutcome, { kind: "failed" }>;

/**
 * An outcome with the number a user knows its row by (a file line), a repeat's first row numbered
 * the same way: how the wizard gets them.
 */
export type NumberedOutcome = RowOutcome & { row: number };

export function numberOutcome(
  outcome: RowOutcome,
  index: number,
  rowNumberOf: (index: number) => number,
): NumberedOutcome {
  const row = rowNumberOf(index);
  return outcome.kind === "repeated"
    ? { ...outcome, firstRow: rowNumberOf(outcome.firstRow), row }
    : { ...outcome, row };
}

/** The lead a row ended up as, for the outcomes that have one. */
export function leadIdOf(outcome: RowOutcome | undefined): string | undefined {
  return outcome && "leadId" in outcome ? outcome.leadId : undefined;
}

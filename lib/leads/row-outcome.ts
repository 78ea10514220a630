/** Why a row failed; each endpoint words it as its seed does. */
export type FailureReason = "email-missing" | "email-invalid" | "not-saved";

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
  | { kind: "failed"; reason: FailureReason; email?: string };

export type OutcomeKind = RowOutcome["kind"];

export function countOutcomes(outcomes: readonly RowOutcome[]): Record<OutcomeKind, number> {
  const counts: Record<OutcomeKind, number> = {
    created: 0,
    restored: 0,
    updated: 0,
    existing: 0,
    "deleted-match": 0,
    repeated: 0,
    failed: 0,
  };
  for (const outcome of outcomes) counts[outcome.kind] += 1;
  return counts;
}

/** The lead a row ended up as, for the outcomes that have one. */
export function leadIdOf(outcome: RowOutcome | undefined): string | undefined {
  return outcome && "leadId" in outcome ? outcome.leadId : undefined;
}

import type { LeadRecord } from "@/lib/fields/catalogue";
import { FAILURE_MESSAGES } from "./failure-messages";
import type { FailureReason, RowOutcome } from "./row-outcome";

/** Lists in responses carry at most this many entries (seeds 000, 001, 003). */
export const MAX_LISTED = 100;

export interface RowError {
  email?: string;
  row?: number;
  error: string;
}

export function rowErrors(
  outcomes: readonly RowOutcome[],
  options: {
    limit: number;
    messages?: Record<FailureReason, string>;
    rowNumberOf?: (index: number) => number;
  },
): RowError[] {
  const messages = options.messages ?? FAILURE_MESSAGES;
  const rowNumberOf = options.rowNumberOf ?? ((index: number) => index + 1);
  const errors: RowError[] = [];
  for (let index = 0; index < outcomes.length && errors.length < options.limit; index++) {
    const outcome = outcomes[index];
    if (outcome?.kind !== "failed") continue;
    const { email } = outcome;
    errors.push(
      email
        ? { email, error: messages[outcome.reason] }
        : { row: rowNumberOf(index), error: messages[outcome.reason] },
    );
  }
  return errors;
}

/** Seeds 000 and 001: imported + updated + skipped + failed = rows sent. */
export function summarizeBulk(
  outcomes: readonly RowOutcome[],
  rowNumberOf?: (index: number) => number,
) {
  let imported = 0;
  let updated = 0;
  let skipped = 0;
  let failed = 0;
  const importedLeadIds: string[] = [];
  for (const outcome of outcomes) {
    switch (outcome.kind) {
      case "created":
      case "restored":
        imported += 1;
        importedLeadIds.push(outcome.leadId);
        break;
      case "updated":
        updated += 1;
        break;
      case "failed":
        failed += 1;
        break;
      default:
        skipped += 1;
    }
  }
  const errors = rowErrors(outcomes, { limit: MAX_LISTED, rowNumberOf });
  return {
    imported,
    updated,
    skipped,
    failed,
    importedLeadIds,
    ...(errors.length > 0 ? { errors } : {}),
  };
}

/** Seed 003: created + restored + duplicates + errors = leads sent. */
export function summarizeBulkImport(
  outcomes: readonly RowOutcome[],
  records: readonly LeadRecord[],
) {
  const counts = { created: 0, restored: 0, duplicates: 0, errors: 0 };
  const duplicateEmails: string[] = [];
  const errorDetails: Array<{ index: number; email?: string; error: string }> = [];
  outcomes.forEach((outcome, index) => {
    const email = records[index]?.email?.trim() || undefined;
    if (outcome.kind === "created" || outcome.kind === "restored") {
      counts[outcome.kind] += 1;
    } else if (outcome.kind === "failed") {
      counts.errors += 1;
      if (errorDetails.length < MAX_LISTED) {
        errorDetails.push({
          index,
          ...(email ? { email } : {}),
          error: FAILURE_MESSAGES[outcome.reason],
        });
      }
    } else {
      counts.duplicates += 1;
      if (email && duplicateEmails.length < MAX_LISTED) duplicateEmails.push(email);
    }
  });
  return {
    ...counts,
    ...(duplicateEmails.length > 0 ? { duplicateEmails } : {}),
    ...(errorDetails.length > 0 ? { errorDetails } : {}),
  };
}

import { echoableText } from "@/lib/cleanup/storable-text";
import type { LeadRecord } from "@/lib/fields/catalogue";
import { MAX_LISTED } from "@/lib/limits";
import { failureMessage } from "./failure-messages";
import { bulkCounts, bulkImportCounts, tallyOutcomes } from "./outcome-tally";
import { listedRowErrors, positionOf } from "./row-errors";
import type { RowOutcome } from "./row-outcome";

/** Seeds 000 and 001: the counts, the new leads' ids and the first errors. */
export function summarizeBulk(
  outcomes: readonly RowOutcome[],
  rowNumberOf: (index: number) => number = positionOf,
) {
  const importedLeadIds: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.kind === "created" || outcome.kind === "restored") {
      importedLeadIds.push(outcome.leadId);
    }
  }
  const errors = listedRowErrors(outcomes, { limit: MAX_LISTED, rowNumberOf });
  return {
    ...bulkCounts(tallyOutcomes(outcomes)),
    importedLeadIds,
    ...(errors.length > 0 ? { errors } : {}),
  };
}

/** Seed 003: the counts, the first duplicate emails and the first invalid rows by index. */
export function summarizeBulkImport(
  outcomes: readonly RowOutcome[],
  records: readonly LeadRecord[],
) {
  const duplicateEmails: string[] = [];
  const errorDetails: Array<{ index: number; email?: string; error: string }> = [];
  outcomes.forEach((outcome, index) => {
    const raw = records[index]?.email?.trim();
    const email = raw ? echoableText(raw) : undefined;
    if (outcome.kind === "failed") {
      if (errorDetails.length < MAX_LISTED) {
        errorDetails.push({
          index,
          ...(email ? { email } : {}),
          error: failureMessage(outcome),
        });
      }
    } else if (outcome.kind !== "created" && outcome.kind !== "restored") {
      if (email && duplicateEmails.length < MAX_LISTED) duplicateEmails.push(email);
    }
  });
  return {
    ...bulkImportCounts(tallyOutcomes(outcomes)),
    ...(duplicateEmails.length > 0 ? { duplicateEmails } : {}),
    ...(errorDetails.length > 0 ? { errorDetails } : {}),
  };
}

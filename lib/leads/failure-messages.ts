import type { FailedOutcome, FailureReason } from "./row-outcome";

/** Seeds 000 and 001 word row failures this way; seed 002 has its own (see its response). */
export const FAILURE_MESSAGES: Record<FailureReason, string> = {
  "email-missing": "Email is required",
  "email-invalid": "Invalid email format",
  "lead-invalid": "Invalid lead",
  "not-saved": "Could not be saved; retry this row",
};

/** What a failed row's error says: its own detail when it has one, else its reason's words. */
export function failureMessage(
  outcome: FailedOutcome,
  messages: Record<FailureReason, string> = FAILURE_MESSAGES,
): string {
  return outcome.detail ?? messages[outcome.reason];
}

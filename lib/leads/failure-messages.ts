import type { FailureReason } from "./row-outcome";

/** Seeds 000 and 001 word row failures this way; seed 002 has its own (see its response). */
export const FAILURE_MESSAGES: Record<FailureReason, string> = {
  "email-missing": "Email is required",
  "email-invalid": "Invalid email format",
  "not-saved": "Could not be saved; retry this row",
};

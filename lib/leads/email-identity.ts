import { cleanEmail, isValidEmail } from "@/lib/cleanup/email";
import type { FailureReason } from "./row-outcome";

/** The address a row's email is matched by before it is checked: "" when there is none. */
function keyOf(email: string | undefined, dataCleanup: boolean): string {
  const raw = email?.trim();
  if (!raw) return "";
  return dataCleanup ? cleanEmail(raw) : raw.toLowerCase();
}

/**
 * A lead's identity (seeds' README, "Email identity"): the key it is matched by, unique per
 * workspace among active leads. With cleanup on it is the email as cleanup stores it (`mailto:`
 * and `<…>` removed), else the email trimmed and lower-cased. Null when the row has no email or
 * one that is not a valid address. The engine and the wizard's chunk plan both use this.
 */
export function emailIdentity(email: string | undefined, dataCleanup: boolean): string | null {
  const key = keyOf(email, dataCleanup);
  return key !== "" && isValidEmail(key) ? key : null;
}

/** Why a row has no identity: no address left to check, or one that is not valid. */
export function noIdentityReason(email: string | undefined, dataCleanup: boolean): FailureReason {
  return keyOf(email, dataCleanup) === "" ? "email-missing" : "email-invalid";
}

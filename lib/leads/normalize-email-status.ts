import type { EmailStatus } from "@/lib/fields/catalogue";

/** Verification words as exports spell them (Apollo, ZeroBounce, NeverBounce, HubSpot …). */
const SYNONYMS: Record<string, EmailStatus> = {
  valid: "valid",
  verified: "valid",
  deliverable: "valid",
  ok: "valid",
  safe: "valid",
  invalid: "invalid",
  undeliverable: "invalid",
  bounced: "invalid",
  bad: "invalid",
  risky: "risky",
  catchall: "risky",
  acceptall: "risky",
  guessed: "risky",
  extrapolated: "risky",
  unknown: "unknown",
  unavailable: "unknown",
  unverified: "unverified",
  new: "unverified",
  pending: "unverified",
};

/** A status word from a CSV as one of the API's email statuses, or undefined when unknown. */
export function normalizeEmailStatus(value: string): EmailStatus | undefined {
  return SYNONYMS[value.toLowerCase().replace(/[^a-z]/g, "")];
}

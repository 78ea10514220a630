import type { z } from "zod";

/** The closed set of error codes of the API (seeds' README, "Envelope"). */
export const ERROR_CODES = [
  "VALIDATION_ERROR",
  "UNAUTHORIZED",
  "PLAN_LIMIT_EXCEEDED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "INVALID_BODY",
  "RATE_LIMITED",
  "INTERNAL_ERROR",
  "SERVICE_UNAVAILABLE",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one error type services throw; the HTTP and tRPC doors each map it once. */
export class ServiceError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "ServiceError";
    this.code = code;
    this.details = details;
  }
}

export function isServiceError(error: unknown): error is ServiceError {
  return error instanceof ServiceError;
}

/** Issues listed in `details`; the message names the first. */
const MAX_LISTED_ISSUES = 100;

/**
 * A zod failure as a ServiceError: `<subject>: <path>: <problem>` for the first issue, and up to
 * 100 issues as `{ path, message }` in `details`.
 */
export function fromZodError(code: ErrorCode, subject: string, error: z.ZodError): ServiceError {
  const issues = error.issues.slice(0, MAX_LISTED_ISSUES).map((issue) => ({
    path: issue.path.join("."),
    message: issue.message,
  }));
  const first = issues[0];
  const message = first ? `${subject}: ${first.path || "(root)"}: ${first.message}` : subject;
  return new ServiceError(code, message, issues);
}

/** A request's text the database refused to store is the request's fault: a 400, not a 500. */
export const UNSTORABLE_TEXT = new ServiceError(
  "VALIDATION_ERROR",
  "The request holds text that cannot be stored (NUL or an unpaired surrogate)",
);

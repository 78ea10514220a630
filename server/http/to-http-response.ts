import { isUnstorableTextError } from "@/db/database-errors";
import { type ErrorCode, isServiceError, UNSTORABLE_TEXT } from "@/server/errors";
import type { Logger } from "@/server/logger";
import { errorBody } from "./envelope";

export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION_ERROR: 400,
  UNAUTHORIZED: 401,
  PLAN_LIMIT_EXCEEDED: 402,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INVALID_BODY: 422,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};

export function jsonResponse(body: unknown, status: number, headers?: HeadersInit): Response {
  return Response.json(body, { status, headers });
}

/** The only place that turns a thrown error into an HTTP answer; anything unexpected is logged. */
export function toHttpResponse(error: unknown, logger: Logger, context: Record<string, unknown>) {
  if (isServiceError(error)) {
    return jsonResponse(
      errorBody(error.code, error.message, error.details),
      HTTP_STATUS[error.code],
    );
  }
  if (isUnstorableTextError(error)) return toHttpResponse(UNSTORABLE_TEXT, logger, context);
  logger.error("unhandled error in API request", { ...context, error });
  return jsonResponse(errorBody("INTERNAL_ERROR", "Internal server error"), 500);
}

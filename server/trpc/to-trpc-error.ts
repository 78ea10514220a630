import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { isUnstorableTextError } from "@/db/database-errors";
import {
  type ErrorCode,
  fromZodError,
  isServiceError,
  ServiceError,
  UNSTORABLE_TEXT,
} from "@/server/errors";

const TRPC_CODE: Record<ErrorCode, TRPC_ERROR_CODE_KEY> = {
  VALIDATION_ERROR: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  PLAN_LIMIT_EXCEEDED: "PAYMENT_REQUIRED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  INVALID_BODY: "UNPROCESSABLE_CONTENT",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  INTERNAL_ERROR: "INTERNAL_SERVER_ERROR",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
};

export function serviceErrorToTRPC(error: ServiceError): TRPCError {
  return new TRPCError({ code: TRPC_CODE[error.code], message: error.message, cause: error });
}

/**
 * The only place that maps errors onto tRPC; a ServiceError rides along as `cause`. tRPC wraps
 * whatever a procedure throws: its own refusals (input that fails the schema, an unknown
 * procedure, a batch too large) keep their 4xx code; anything else unexpected is a 500.
 */
export function toTRPCError(error: unknown): TRPCError {
  const cause = error instanceof TRPCError ? error.cause : error;
  if (isServiceError(cause)) return serviceErrorToTRPC(cause);
  if (isUnstorableTextError(cause)) return serviceErrorToTRPC(UNSTORABLE_TEXT);
  if (cause instanceof z.ZodError) {
    return serviceErrorToTRPC(fromZodError("VALIDATION_ERROR", "Invalid input", cause));
  }
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return error;
  return new TRPCError({
    code: "INTERNAL_SERVER_ERROR",
    message: "Internal server error",
    cause,
  });
}

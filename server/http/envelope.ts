import type { ErrorCode } from "@/server/errors";

export type SuccessEnvelope<T> = { success: true; data: T };
export type ErrorEnvelope = {
  success: false;
  error: { code: ErrorCode; message: string; details?: unknown };
};

export function successBody<T>(data: T): SuccessEnvelope<T> {
  return { success: true, data };
}

export function errorBody(code: ErrorCode, message: string, details?: unknown): ErrorEnvelope {
  return {
    success: false,
    error: details === undefined ? { code, message } : { code, message, details },
  };
}

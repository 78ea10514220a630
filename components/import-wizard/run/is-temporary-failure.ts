import { TRPCClientError } from "@trpc/client";
import { WorkerRequestError } from "../worker/worker-request-error";

/**
 * A failure worth sending the same chunk again for: no answer at all (offline, connection reset,
 * a proxy's HTML error page), a server error or rate limiting. The server applies a chunk once,
 * so a retry of one that did arrive is answered from its stored outcomes.
 */
export function isTemporaryFailure(error: unknown): boolean {
  // A chunk's request, sent by the worker: it judged the failure with this function.
  if (error instanceof WorkerRequestError) return error.isTemporary === true;
  if (!(error instanceof TRPCClientError)) return false;
  const status = (error.data as { httpStatus?: number } | undefined)?.httpStatus;
  return status === undefined || status >= 500 || status === 429 || status === 408;
}

export function messageOf(error: unknown): string {
  if (error instanceof TRPCClientError && (error.data as object | undefined) === undefined) {
    return "The server could not be reached";
  }
  return error instanceof Error ? error.message : String(error);
}

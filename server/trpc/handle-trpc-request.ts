import { TRPCError } from "@trpc/server";
import { type FetchCreateContextFn, fetchRequestHandler } from "@trpc/server/adapters/fetch";
import {
  formatLimit,
  MAX_ANONYMOUS_BODY_BYTES,
  MAX_SIGNED_IN_BODY_BYTES,
  MAX_TRPC_BATCH,
} from "@/lib/limits";
import { ServiceError } from "@/server/errors";
import { isCrossSiteRequest } from "@/server/http/is-cross-site-request";
import { declaresMoreThan, limitRequestBody } from "@/server/http/limit-request-body";
import { logger } from "@/server/logger";
import { isShuttingDown, shuttingDownError } from "@/server/shutdown";
import { readRequestContext } from "./init";
import { type AppRouter, appRouter } from "./root";
import { serviceErrorToTRPC } from "./to-trpc-error";

/**
 * The web app's tRPC door. Before tRPC reads a byte of the body: a stopping server refuses new
 * work (503), mutations from another site's page are refused (403), bodies must be JSON (415),
 * and a body is cut off at the caller's limit (413), small until a session is known. Batches are
 * capped at MAX_TRPC_BATCH calls.
 */
export async function handleTRPCRequest(request: Request): Promise<Response> {
  const refusal = refusalBeforeSession(request);
  if (refusal) return answerRefusal(request, refusal);
  const context = await readRequestContext(request);
  const limit = context.session ? MAX_SIGNED_IN_BODY_BYTES : MAX_ANONYMOUS_BODY_BYTES;
  if (request.method === "POST" && declaresMoreThan(request, limit)) {
    return answerRefusal(request, tooLarge(limit));
  }
  return handle(
    limitRequestBody(request, limit, () => tooLarge(limit)),
    ({ resHeaders }) => ({
      ...context,
      resHeaders,
    }),
  );
}

function handle(request: Request, createContext: FetchCreateContextFn<AppRouter>) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    maxBatchSize: MAX_TRPC_BATCH,
    createContext,
    onError: ({ error, path, type }) => {
      if (error.code !== "INTERNAL_SERVER_ERROR") return;
      logger.error("unhandled error in tRPC procedure", {
        path,
        type,
        error: error.cause ?? error,
      });
    },
  });
}

/**
 * A refusal goes through tRPC so that the client reads it in tRPC's own error shape, one per call
 * of a batch. tRPC gets the same calls without the refused body, whatever its type.
 */
function answerRefusal(request: Request, refusal: TRPCError): Promise<Response> {
  const bodiless = new Request(request.url, {
    method: request.method,
    headers: { "content-type": "application/json" },
  });
  return handle(bodiless, () => {
    throw refusal;
  });
}

function refusalBeforeSession(request: Request): TRPCError | null {
  if (isShuttingDown()) return serviceErrorToTRPC(shuttingDownError());
  if (request.method !== "POST") return null;
  if (isCrossSiteRequest(request)) {
    return serviceErrorToTRPC(
      new ServiceError("FORBIDDEN", "Cross-site request refused: send it from this site's pages"),
    );
  }
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(contentType)) {
    return serviceErrorToTRPC(
      new ServiceError("UNSUPPORTED_MEDIA_TYPE", "Content-Type must be application/json"),
    );
  }
  return null;
}

function tooLarge(limit: number): TRPCError {
  return serviceErrorToTRPC(
    new ServiceError(
      "PAYLOAD_TOO_LARGE",
      `Request body is larger than ${formatLimit(limit)} bytes`,
    ),
  );
}

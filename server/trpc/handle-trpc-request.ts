import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
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
import { appRouter } from "./root";
import { serviceErrorToTRPC } from "./to-trpc-error";

/**
 * The web app's tRPC door. Before tRPC reads a byte of the body: mutations from another site's
 * page are refused (403), bodies must be JSON (415), and a body is cut off at the caller's limit
 * (413), which is small until a session is known. Batches are capped at MAX_TRPC_BATCH calls.
 */
export async function handleTRPCRequest(request: Request): Promise<Response> {
  const context = await readRequestContext(request);
  const limit = context.session ? MAX_SIGNED_IN_BODY_BYTES : MAX_ANONYMOUS_BODY_BYTES;
  const refusal = refusalOf(request, limit);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: refusal ? withoutBody(request) : limitRequestBody(request, limit, () => tooLarge(limit)),
    router: appRouter,
    maxBatchSize: MAX_TRPC_BATCH,
    createContext: ({ resHeaders }) => {
      if (refusal) throw refusal;
      return { ...context, resHeaders };
    },
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

function refusalOf(request: Request, limit: number): TRPCError | null {
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
  return declaresMoreThan(request, limit) ? tooLarge(limit) : null;
}

/**
 * What tRPC is given in place of a refused request: the same calls with no body, so it answers
 * each of them with the refusal in its own error shape, whatever the refused body's type.
 */
function withoutBody(request: Request): Request {
  return new Request(request.url, {
    method: request.method,
    headers: { "content-type": "application/json" },
  });
}

function tooLarge(limit: number): TRPCError {
  return serviceErrorToTRPC(
    new ServiceError(
      "PAYLOAD_TOO_LARGE",
      `Request body is larger than ${formatLimit(limit)} bytes`,
    ),
  );
}

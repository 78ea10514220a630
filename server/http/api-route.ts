import { randomUUID } from "node:crypto";
import { type Db, getDb } from "@/db/client";
import { RATE_LIMIT_PER_MINUTE } from "@/lib/limits";
import { logger as rootLogger } from "@/server/logger";
import { type ApiPrincipal, resolveApiKey } from "@/server/services/api-keys/resolve-api-key";
import type { ServiceContext } from "@/server/services/context";
import { refuseWhileShuttingDown } from "@/server/shutdown";
import { errorBody, successBody } from "./envelope";
import { consumeRateLimit, rateLimitHeaders } from "./rate-limit";
import { readApiKey } from "./read-api-key";
import { HTTP_STATUS, jsonResponse, toHttpResponse } from "./to-http-response";

export interface ApiRequest<Params> {
  request: Request;
  params: Params;
  ctx: ServiceContext;
  principal: ApiPrincipal;
}

/** What a handler answers: data for the success envelope, or a ready response (replays). */
export type ApiResult =
  | { status?: number; data: unknown; headers?: Record<string, string> }
  | Response;

type RouteContext<Params> = { params: Promise<Params> };

/**
 * Wraps a `/v1` route handler: authenticates the key, counts the rate limit, puts the result in
 * the envelope with the rate-limit headers, and turns every error into the documented answer.
 */
export function apiRoute<Params = Record<string, never>>(
  handler: (request: ApiRequest<Params>) => Promise<ApiResult>,
) {
  return async (request: Request, routeContext: RouteContext<Params>): Promise<Response> => {
    const requestId = randomUUID();
    const url = new URL(request.url);
    const log = rootLogger.child({ requestId, method: request.method, path: url.pathname });
    let headers: Record<string, string> = { "X-Request-Id": requestId };
    try {
      refuseWhileShuttingDown();
      const db = await getDb();
      const principal = await authenticate(db, request.headers);
      const rateLimit = await consumeRateLimit(db, principal.keyId);
      headers = { ...headers, ...rateLimitHeaders(rateLimit) };
      if (rateLimit.isLimited) {
        const body = errorBody(
          "RATE_LIMITED",
          `Rate limit exceeded: ${RATE_LIMIT_PER_MINUTE} requests per minute`,
        );
        return jsonResponse(body, HTTP_STATUS.RATE_LIMITED, headers);
      }
      const ctx: ServiceContext = {
        db,
        workspaceId: principal.workspaceId,
        logger: log.child({ workspaceId: principal.workspaceId, keyId: principal.keyId }),
        actor: { userId: principal.userId, apiKeyId: principal.keyId },
      };
      const params = await routeContext.params;
      const result = await handler({ request, params, ctx, principal });
      if (result instanceof Response) {
        for (const [name, value] of Object.entries(headers)) result.headers.set(name, value);
        return result;
      }
      return jsonResponse(successBody(result.data), result.status ?? 200, {
        ...headers,
        ...result.headers,
      });
    } catch (error) {
      const response = toHttpResponse(error, log, {});
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
      return response;
    }
  };
}

function authenticate(db: Db, headers: Headers): Promise<ApiPrincipal> {
  const key = readApiKey(headers);
  const requestedWorkspaceId = headers.get("x-workspace-id")?.trim() || null;
  return resolveApiKey({ db, key, requestedWorkspaceId });
}

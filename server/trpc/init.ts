/**
 * tRPC for the web app, top to bottom: context, initialisation, procedures.
 * Procedures are thin: they parse input with the shared zod schemas and call a service.
 * The workspace always comes from the session cookie, never from the client's input.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import { getDb } from "@/db/client";
import { logger } from "@/server/logger";
import { findSession, SESSION_COOKIE } from "@/server/services/auth/sessions";
import type { ServiceContext } from "@/server/services/context";
import { isHttpsRequest, readCookie } from "./cookies";
import { toTRPCError } from "./to-trpc-error";

// ── Context ──────────────────────────────────────────────────────────────────
export async function createTRPCContext(opts: { request: Request; resHeaders: Headers }) {
  const db = await getDb();
  const sessionToken = readCookie(opts.request.headers, SESSION_COOKIE);
  const session = await findSession(db, sessionToken);
  const isHttps = isHttpsRequest(opts.request);
  return { db, logger, session, sessionToken, isHttps, resHeaders: opts.resHeaders };
}
type TRPCContext = Awaited<ReturnType<typeof createTRPCContext>>;

// ── Initialisation ───────────────────────────────────────────────────────────
const t = initTRPC.context<TRPCContext>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause as { code?: string; details?: unknown } | undefined;
    return {
      ...shape,
      data: { ...shape.data, stack: undefined, appCode: cause?.code, details: cause?.details },
    };
  },
});

export const createTRPCRouter = t.router;

// ── Procedures ───────────────────────────────────────────────────────────────
/** Maps ServiceErrors once and logs anything unexpected. */
const errorMapping = t.middleware(async ({ next, path, type }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error.cause ?? result.error);
    if (mapped.code === "INTERNAL_SERVER_ERROR") {
      logger.error("unhandled error in tRPC procedure", {
        path,
        type,
        error: result.error.cause ?? result.error,
      });
    }
    throw mapped;
  }
  return result;
});

export const publicProcedure = t.procedure.use(errorMapping);

/** Signed-in users only; services get the session's workspace. */
export const workspaceProcedure = publicProcedure.use(async ({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first" });
  const serviceContext: ServiceContext = {
    db: ctx.db,
    workspaceId: ctx.session.workspaceId,
    logger: ctx.logger.child({ workspaceId: ctx.session.workspaceId, userId: ctx.session.userId }),
    actor: { userId: ctx.session.userId, apiKeyId: null },
  };
  return next({ ctx: { ...ctx, session: ctx.session, serviceContext } });
});

/** The workspace's owners only: members, invites and API keys. */
export const ownerProcedure = workspaceProcedure.use(({ ctx, next }) => {
  if (ctx.session.role !== "owner") {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only the workspace's owners can do this" });
  }
  return next();
});

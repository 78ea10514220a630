/**
 * tRPC for the web app, top to bottom: context, initialisation, procedures.
 * Procedures are thin: they parse input with the shared zod schemas and call a service.
 * The workspace always comes from the session cookie, never from the client's input.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import { getDb } from "@/db/client";
import { sessionServiceContext } from "@/server/auth/session-context";
import { isServiceError } from "@/server/errors";
import { logger } from "@/server/logger";
import { findSession, SESSION_COOKIE } from "@/server/services/auth/sessions";
import { isHttpsRequest, readCookie } from "./cookies";
import { toTRPCError } from "./to-trpc-error";

// ── Context ──────────────────────────────────────────────────────────────────
/** What a call knows about its request; read before the body, which the session's limit bounds. */
export async function readRequestContext(request: Request) {
  const db = await getDb();
  const sessionToken = readCookie(request.headers, SESSION_COOKIE);
  const session = await findSession(db, sessionToken);
  return { db, logger, session, sessionToken, isHttps: isHttpsRequest(request) };
}
export type TRPCContext = Awaited<ReturnType<typeof readRequestContext>> & { resHeaders: Headers };

// ── Initialisation ───────────────────────────────────────────────────────────
const t = initTRPC.context<TRPCContext>().create({
  errorFormatter({ shape, error }) {
    const cause = isServiceError(error.cause) ? error.cause : undefined;
    const isInternal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      message: isInternal ? "Internal server error" : shape.message,
      data: { ...shape.data, stack: undefined, appCode: cause?.code, details: cause?.details },
    };
  },
});

export const createTRPCRouter = t.router;

// ── Procedures ───────────────────────────────────────────────────────────────
/** Maps every error a procedure throws once; the door logs the unexpected ones. */
const errorMapping = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw toTRPCError(result.error);
  return result;
});

export const publicProcedure = t.procedure.use(errorMapping);

/** Signed-in users only; services get the session's workspace. */
export const workspaceProcedure = publicProcedure.use(async ({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first" });
  const serviceContext = sessionServiceContext(ctx.db, ctx.session);
  return next({ ctx: { ...ctx, session: ctx.session, serviceContext } });
});

/** The workspace's owners only: members, invites and API keys. */
export const ownerProcedure = workspaceProcedure.use(({ ctx, next }) => {
  if (ctx.session.role !== "owner") {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only the workspace's owners can do this" });
  }
  return next();
});

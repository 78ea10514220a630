import type { Db } from "@/db/client";
import type { WorkspaceRole } from "@/lib/fields/workspace-roles";
import { createSession, SESSION_COOKIE } from "@/server/services/auth/sessions";
import { readRequestContext } from "@/server/trpc/init";
import { appRouter } from "@/server/trpc/root";
import { createTestMember } from "./test-workspace";

const ORIGIN = "http://leadport.test";

/**
 * The web app's router as one request with this session cookie (or none) reaches it: the session
 * is read once, so make a caller per request when the session may change in between.
 */
export async function trpcRequest(sessionToken?: string) {
  const headers = new Headers({ origin: ORIGIN });
  if (sessionToken) headers.set("cookie", `${SESSION_COOKIE}=${encodeURIComponent(sessionToken)}`);
  const request = new Request(`${ORIGIN}/api/trpc`, { method: "POST", headers });
  const resHeaders = new Headers();
  const ctx = { ...(await readRequestContext(request)), resHeaders };
  return { trpc: appRouter.createCaller(ctx), resHeaders };
}

export async function trpcCaller(sessionToken?: string) {
  return (await trpcRequest(sessionToken)).trpc;
}

/** A member of the workspace, signed in: their caller, user and session token. */
export async function signedInMember(
  db: Db,
  workspaceId: string,
  options: { role?: WorkspaceRole } = {},
) {
  const member = await createTestMember(db, workspaceId, options);
  const session = await createSession(db, member.user.id, workspaceId);
  return { ...member, token: session.token, trpc: await trpcCaller(session.token) };
}

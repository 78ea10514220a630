import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { isServiceError } from "@/server/errors";
import {
  findSession,
  SESSION_COOKIE,
  type SessionPrincipal,
} from "@/server/services/auth/sessions";
import type { ServiceContext } from "@/server/services/context";
import { sessionServiceContext } from "./session-context";

/** For server components of the private app: the session, or a redirect to sign in. */
export async function requireSession(): Promise<SessionPrincipal> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const session = await findSession(await getDb(), token);
  if (!session) redirect("/sign-in");
  return session;
}

/**
 * Runs a service for a page of the private app, as the signed-in user in their workspace; what
 * the workspace does not have (another workspace's id, a made-up one) is the 404 page.
 */
export async function readForPage<T>(read: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const session = await requireSession();
  try {
    return await read(sessionServiceContext(await getDb(), session));
  } catch (error) {
    if (isServiceError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import {
  findSession,
  SESSION_COOKIE,
  type SessionPrincipal,
} from "@/server/services/auth/sessions";

/** For server components of the private app: the session, or a redirect to sign in. */
export async function requireSession(): Promise<SessionPrincipal> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const session = await findSession(await getDb(), token);
  if (!session) redirect("/sign-in");
  return session;
}

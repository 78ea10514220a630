import type { DbOrTx } from "@/db/client";
import { ServiceError } from "@/server/errors";
import { findInviteByToken, findUserByEmail } from "./find-invite";

/**
 * What the invite page shows to whoever holds the link: the workspace, the address, and whether
 * that address already has a password (then it signs in to accept, rather than choosing one).
 */
export async function describeInvite({ db, token }: { db: DbOrTx; token: string }) {
  const found = await findInviteByToken(db, token);
  if (!found) throw new ServiceError("NOT_FOUND", "This invite link is not valid");
  const user = await findUserByEmail(db, found.invite.email);
  return {
    workspaceName: found.workspaceName,
    email: found.invite.email,
    role: found.invite.role,
    state: found.state,
    expiresAt: found.invite.expiresAt.toISOString(),
    hasPassword: Boolean(user?.passwordHash),
  };
}

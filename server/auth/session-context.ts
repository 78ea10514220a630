import type { Db } from "@/db/client";
import { logger } from "@/server/logger";
import type { SessionPrincipal } from "@/server/services/auth/sessions";
import type { ServiceContext } from "@/server/services/context";

/** What services get for a signed-in user: the session's workspace, and the user as the actor. */
export function sessionServiceContext(db: Db, session: SessionPrincipal): ServiceContext {
  return {
    db,
    workspaceId: session.workspaceId,
    logger: logger.child({ workspaceId: session.workspaceId, userId: session.userId }),
    actor: { userId: session.userId, apiKeyId: null },
  };
}

import type { DbOrTx } from "@/db/client";
import type { Logger } from "@/server/logger";

/** Who asked: a signed-in user of the web app, or an API key (with its user, for platform keys). */
export interface Actor {
  userId: string | null;
  apiKeyId: string | null;
}

/** What every workspace-scoped service receives; services never read headers, cookies or env. */
export interface ServiceContext {
  /** The database, or a transaction the caller opened around the whole service call. */
  db: DbOrTx;
  workspaceId: string;
  logger: Logger;
  /** Recorded in a lead's history by the services that change leads; absent in scripts. */
  actor?: Actor;
}

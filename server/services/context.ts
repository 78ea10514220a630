import type { DbOrTx } from "@/db/client";
import type { Logger } from "@/server/logger";

/** What every workspace-scoped service receives; services never read headers, cookies or env. */
export interface ServiceContext {
  /** The database, or a transaction the caller opened around the whole service call. */
  db: DbOrTx;
  workspaceId: string;
  logger: Logger;
}

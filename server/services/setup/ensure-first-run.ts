import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { workspaces } from "@/db/schema";
import { createApiKey } from "@/server/services/api-keys/create-api-key";
import { createWorkspace } from "@/server/services/workspaces/create-workspace";

export const DEFAULT_WORKSPACE_NAME = "My workspace";

export type FirstRunResult =
  | { isFirstRun: false }
  | { isFirstRun: true; workspace: { id: string; name: string }; apiKey: string };

/**
 * Creates the default workspace and its first API key when the database has no workspace.
 * An advisory lock makes concurrent starts (several app servers) create them once.
 */
export async function ensureFirstRun({ db }: { db: Db }): Promise<FirstRunResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('leadport:first-run'))`);
    const existing = await tx.select({ id: workspaces.id }).from(workspaces).limit(1);
    if (existing.length > 0) return { isFirstRun: false };
    const workspace = await createWorkspace({ db: tx, input: { name: DEFAULT_WORKSPACE_NAME } });
    const key = await createApiKey({
      db: tx,
      input: { kind: "workspace", workspaceId: workspace.id, name: "Default key" },
    });
    return {
      isFirstRun: true,
      workspace: { id: workspace.id, name: workspace.name },
      apiKey: key.key,
    };
  });
}

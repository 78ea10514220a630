import { type Database, migrateDatabase, openPglite } from "@/db/client";
import { createTestDatabase } from "@/db/testing/test-database";
import { createLogger } from "@/server/logger";
import type { ServiceContext } from "@/server/services/context";
import { createTestWorkspace } from "@/server/testing/test-workspace";

export type DbKind = "postgres" | "pglite";

export interface BenchDatabase {
  database: Database;
  /** The postgres:// URL (none for in-memory PGlite). */
  url: string | undefined;
  workspaceId: string;
  apiKey: string;
  ctx: ServiceContext;
  close(): Promise<void>;
}

/**
 * A fresh database with one workspace: PostgreSQL cloned from the migrated template
 * (prepareTemplateDatabase must have run once), or a new in-memory PGlite, migrated.
 */
export async function freshDatabase(kind: DbKind): Promise<BenchDatabase> {
  let database: Database;
  let url: string | undefined;
  if (kind === "postgres") {
    const test = await createTestDatabase();
    database = test;
    url = test.url;
  } else {
    database = await openPglite();
    await migrateDatabase(database);
  }
  const { workspaceId, key } = await createTestWorkspace(database.db, { name: "Bench" });
  const ctx: ServiceContext = { db: database.db, workspaceId, logger: createLogger({}, "warn") };
  return { database, url, workspaceId, apiKey: key, ctx, close: () => database.close() };
}

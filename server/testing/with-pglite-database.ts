import { afterAll, beforeAll } from "vitest";
import { type Database, migrateDatabase, openPglite } from "@/db/client";

/**
 * Gives the test file an in-memory PGlite (the embedded default), migrated like any database.
 * Read `.current` inside tests and hooks.
 */
export function withPgliteDatabase(): { readonly current: Database } {
  let database: Database | undefined;
  beforeAll(async () => {
    database = await openPglite();
    await migrateDatabase(database);
  }, 60_000);
  afterAll(() => database?.close());
  return {
    get current() {
      if (!database) throw new Error("PGlite is not ready yet");
      return database;
    },
  };
}

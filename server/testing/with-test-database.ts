import { afterAll, beforeAll } from "vitest";
import { setDatabase } from "@/db/client";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { logger } from "@/server/logger";
import type { ServiceContext } from "@/server/services/context";

/**
 * Gives the test file a fresh migrated PostgreSQL database of its own and points the process
 * (route handlers included) at it. Read `.current` inside tests and hooks.
 */
export function withTestDatabase(): {
  readonly current: TestDatabase;
  context(workspaceId: string): ServiceContext;
} {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    setDatabase(database);
  });
  afterAll(() => database?.close());
  return {
    get current() {
      if (!database) throw new Error("test database is not ready yet");
      return database;
    },
    context(workspaceId: string) {
      return { db: this.current.db, workspaceId, logger };
    },
  };
}

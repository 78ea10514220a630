import { afterAll, beforeAll } from "vitest";
import { setDatabase } from "@/db/client";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { logger } from "@/server/logger";
import type { ServiceContext } from "@/server/services/context";

/**
 * Gives the test file a fresh migrated PostgreSQL database of its own and points the process
 * (route handlers included) at it. Read `.current` inside tests and hooks. With `recordQueries`,
 * every statement run through it is kept in `queries`, in order.
 */
export function withTestDatabase(options: { recordQueries?: boolean } = {}): {
  readonly current: TestDatabase;
  readonly queries: readonly string[];
  context(workspaceId: string): ServiceContext;
} {
  let database: TestDatabase | undefined;
  const queries: string[] = [];
  beforeAll(async () => {
    const onQuery = options.recordQueries ? (query: string) => queries.push(query) : undefined;
    database = await createTestDatabase({ onQuery });
    setDatabase(database);
  });
  afterAll(() => database?.close());
  return {
    queries,
    get current() {
      if (!database) throw new Error("test database is not ready yet");
      return database;
    },
    context(workspaceId: string) {
      return { db: this.current.db, workspaceId, logger };
    },
  };
}

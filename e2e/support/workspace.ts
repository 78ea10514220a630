import { openPostgres } from "@/db/client";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { E2E_DATABASE_URL } from "../../playwright.config";

/** A fresh workspace and key in the e2e server's database, for one test. */
export async function createE2EWorkspace(options: { name?: string; contactLimit?: number } = {}) {
  const database = await openPostgres(E2E_DATABASE_URL, { max: 1 });
  try {
    return await createTestWorkspace(database.db, options);
  } finally {
    await database.close();
  }
}

import { getDatabase, migrateDatabase } from "@/db/client";
import { getConfig } from "@/lib/config/load-config";
import { logger } from "@/server/logger";
import { ensureFirstRun } from "@/server/services/setup/ensure-first-run";
import { drainOnSignal } from "@/server/shutdown";
import { tuneHeapGrowth } from "@/server/tune-heap-growth";

/**
 * Start-up: tune the heap, validate config, bound the drain on shutdown, apply migrations, create
 * the default workspace on the first run.
 */
export async function prepareServer(): Promise<void> {
  tuneHeapGrowth();
  const config = getConfig();
  drainOnSignal({
    drainSeconds: config.SHUTDOWN_DRAIN_SECONDS,
    logger,
    beforeExit: async () => {},
  });
  const database = await getDatabase();
  await migrateDatabase(database);
  logger.info("database ready", { kind: database.kind });
  const firstRun = await ensureFirstRun({ db: database.db });
  if (firstRun.isFirstRun) printFirstRun(firstRun.workspace.name, firstRun.apiKey, config.PORT);
}

function printFirstRun(workspaceName: string, apiKey: string, port: number): void {
  const lines = [
    "",
    `  First run: created workspace "${workspaceName}" and its API key.`,
    "  This key is shown only once; keep it somewhere safe:",
    "",
    `    ${apiKey}`,
    "",
    "  Try it:",
    `    curl -H "X-Api-Key: ${apiKey}" http://localhost:${port}/v1/me`,
    "",
    `  Web app: open http://localhost:${port}/sign-up to create the owner account.`,
    "",
  ];
  console.log(lines.join("\n"));
}

import { type Database, getDatabase, migrateDatabase } from "@/db/client";
import { getConfig } from "@/lib/config/load-config";
import { logger } from "@/server/logger";
import { holdProcessLease } from "@/server/process-lease";
import {
  interruptAbandonedImports,
  interruptOwnImports,
} from "@/server/services/imports/interrupt-imports";
import { ensureFirstRun } from "@/server/services/setup/ensure-first-run";
import { drainOnSignal } from "@/server/shutdown";
import { tuneHeapGrowth } from "@/server/tune-heap-growth";

/** How often each server looks for imports whose process is gone. */
const SWEEP_SECONDS = 15;

/**
 * Start-up: tune the heap, validate config, apply migrations, take this process's lease, mark the
 * imports of processes that are gone as interrupted (now and every SWEEP_SECONDS), bound the drain
 * on shutdown, create the default workspace on the first run.
 */
export async function prepareServer(): Promise<void> {
  tuneHeapGrowth();
  const config = getConfig();
  const database = await getDatabase();
  await migrateDatabase(database);
  logger.info("database ready", { kind: database.kind });
  await holdProcessLease(database, logger);
  await sweepAbandonedImports(database);
  setInterval(() => sweepAbandonedImports(database), SWEEP_SECONDS * 1000).unref();
  drainOnSignal({
    drainSeconds: config.SHUTDOWN_DRAIN_SECONDS,
    logger,
    beforeExit: async () => {
      const interrupted = await interruptOwnImports(database.db);
      if (interrupted.length > 0) logger.warn("imports left interrupted", { interrupted });
    },
  });
  const firstRun = await ensureFirstRun({ db: database.db });
  if (firstRun.isFirstRun) printFirstRun(firstRun.workspace.name, firstRun.apiKey, config.PORT);
}

async function sweepAbandonedImports(database: Database): Promise<void> {
  try {
    const interrupted = await interruptAbandonedImports(database.db);
    if (interrupted.length > 0)
      logger.warn("imports of a stopped server interrupted", { interrupted });
  } catch (error) {
    logger.error("could not look for abandoned imports", { error });
  }
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

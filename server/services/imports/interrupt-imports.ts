import { type SQL, sql } from "drizzle-orm";
import { type DbOrTx, rowsOf } from "@/db/client";
import { isProcessAlive, processId } from "@/server/process-lease";

const INTERRUPTED = "The server running this import stopped before it finished";

/**
 * Marks running imports `interrupted`. What their committed batches wrote stays; `processedRows`
 * keeps the last progress written, or the leads the import is known to have written if more.
 */
async function interruptRunning(db: DbOrTx, which: SQL): Promise<string[]> {
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`
      update imports i
      set status = 'interrupted', finished_at = now(), error_message = ${INTERRUPTED},
        processed_rows = greatest(i.processed_rows, (
          select count(*) from leads l
          where l.workspace_id = i.workspace_id and l.last_import_id = i.id))
      where i.status = 'running' and ${which}
      returning i.id`),
  );
  return rows.map((row) => row.id);
}

/**
 * Imports whose process is gone (a crash, a kill, a lost machine): run on start and every little
 * while by every app server, so a record never stays `running` with nobody working on it.
 */
export function interruptAbandonedImports(db: DbOrTx): Promise<string[]> {
  return interruptRunning(db, sql`not ${isProcessAlive(sql`i.runner_id`)}`);
}

/** This process's own imports, when it must exit before they finish (the drain time ran out). */
export function interruptOwnImports(db: DbOrTx): Promise<string[]> {
  return interruptRunning(db, sql`i.runner_id = ${processId()}`);
}

import { randomUUID } from "node:crypto";
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Database, ReservedConnection } from "@/db/client";
import type { Logger } from "@/server/logger";

/** First key of every lease lock (two-key advisory locks), so no other lock of ours collides. */
const LEASE_LOCK_CLASS = 1_280_330_835;
/** How often the lease's connection is checked, and taken again on a new one should it drop. */
const CHECK_SECONDS = 10;

// Route handlers and instrumentation are bundled apart: the id lives on globalThis so both see one.
const lease = globalThis as typeof globalThis & {
  leadportProcessId?: string;
  leadportHoldsLease?: boolean;
};

/** This server process, as the imports and Idempotency-Keys it is running name it. */
export function processId(): string {
  lease.leadportProcessId ??= randomUUID();
  return lease.leadportProcessId;
}

/** Takes the lease of process `id` on `connection`, waiting while another holds it. */
export async function takeLease(connection: ReservedConnection, id: string): Promise<void> {
  await connection.query(`select pg_advisory_lock(${LEASE_LOCK_CLASS}, hashtext($1))`, [id]);
}

/**
 * Takes this process's lease in PostgreSQL: a session advisory lock keyed by its id, on a
 * connection it keeps to itself. PostgreSQL frees the lock the moment that connection closes,
 * which is the moment the process dies, so any app server can tell at once, without waiting for a
 * heartbeat to go stale, whether the process named on an import or a key is still there
 * (isProcessAlive). PGlite has a single owner process, so there it needs no lock.
 */
export async function holdProcessLease(database: Database, logger: Logger): Promise<void> {
  if (database.kind === "pglite" || lease.leadportHoldsLease) return;
  lease.leadportHoldsLease = true;
  const take = async () => {
    const connection = await database.reserve();
    await takeLease(connection, processId());
    return connection;
  };
  const state: { connection: ReservedConnection | null } = { connection: await take() };
  setInterval(async () => {
    try {
      if (state.connection) await state.connection.query("select 1");
      else state.connection = await take();
    } catch (error) {
      logger.warn("the process lease's connection dropped; taking the lease again", { error });
      state.connection?.release();
      state.connection = null;
    }
  }, CHECK_SECONDS * 1000).unref();
}

/**
 * SQL that is true while the process named by `runner` holds its lease: it is this process, or
 * its lock cannot be taken. Taking it (from a process that is gone) lasts the statement's
 * transaction only. A null runner was named by no process, so it is not alive.
 */
export function isProcessAlive(runner: SQLWrapper): SQL {
  return sql`(coalesce(${runner} = ${processId()}, false)
    or not pg_try_advisory_xact_lock(${sql.raw(String(LEASE_LOCK_CLASS))}, hashtext(coalesce(${runner}, ''))))`;
}

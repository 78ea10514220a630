import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { getConfig } from "@/lib/config/load-config";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle is used exactly like the database handle. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: "postgres" | "pglite";
  close(): Promise<void>;
  /** A connection of the caller's own until released, for session state such as a lock. */
  reserve(): Promise<ReservedConnection>;
}

export interface ReservedConnection {
  query(text: string, params?: Array<string | number>): Promise<unknown>;
  release(): void;
}

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

export interface PostgresOptions {
  max?: number;
  /** Sees every statement drizzle sends (tests that check which statements a service runs). */
  onQuery?: (query: string) => void;
  /** Receives the server's notices (auto_explain's plans, in tests and the bench); none by default. */
  onNotice?: (notice: { message?: string }) => void;
}

export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(url, {
    max: options.max ?? 20,
    onnotice: options.onNotice ?? (() => {}),
  });
  const { onQuery } = options;
  const logger = onQuery ? { logQuery: (query: string) => onQuery(query) } : undefined;
  return {
    db: drizzle(client, { schema, logger }) as unknown as Db,
    kind: "postgres",
    close: () => client.end({ timeout: 5 }),
    reserve: async () => {
      const reserved = await client.reserve();
      return { query: (text, params) => reserved.unsafe(text, params), release: reserved.release };
    },
  };
}

/** Embedded PostgreSQL with its data in `dataDir`, or in memory when none is given. */
export async function openPglite(dataDir?: string): Promise<Database> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // pg_trgm: lead search's index (migration 0012); PGlite loads contrib extensions on request.
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  return {
    db: drizzle(client, { schema }) as unknown as Db,
    kind: "pglite",
    close: () => client.close(),
    // PGlite is one session in this process: "reserving" it shares it.
    reserve: async () => ({
      query: (text, params) => client.query(text, params),
      release: () => {},
    }),
  };
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === "postgres") {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(database.db as any, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(database.db as any, { migrationsFolder: MIGRATIONS_FOLDER });
  }
}

// Next.js bundles instrumentation and route handlers separately; keeping the handle on globalThis
// gives the whole process one pool (and, for PGlite, one owner of the data directory).
const globalForDb = globalThis as typeof globalThis & { leadportDatabase?: Promise<Database> };

/** The process-wide database: PostgreSQL when DATABASE_URL is set, embedded PGlite otherwise. */
export function getDatabase(): Promise<Database> {
  globalForDb.leadportDatabase ??= (async () => {
    const config = getConfig();
    return config.DATABASE_URL
      ? openPostgres(config.DATABASE_URL)
      : openPglite(path.resolve(config.PGLITE_DIR));
  })();
  return globalForDb.leadportDatabase;
}

/** Points the process at a given database (tests do, to run route handlers on their own one). */
export function setDatabase(database: Database): void {
  globalForDb.leadportDatabase = Promise.resolve(database);
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

/** Rows of a raw `db.execute` result, whichever driver ran it. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return (result as { rows: T[] }).rows;
}

import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { type Database, MIGRATIONS_FOLDER, migrateDatabase, openPostgres } from "@/db/client";
import { shardWorkspaceTables } from "./shard-workspace-tables";

export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/**
 * `npm run test:sharded`: test databases whose workspace tables are hash-partitioned by
 * `workspace_id`, as Citus would distribute them (see shard-workspace-tables.ts).
 */
export const isShardedTestRun = process.env.TEST_SHARDED === "1";

const TEST_DATABASE_PREFIX = "leadport_t_";
const SHARDING_SOURCE = path.join(process.cwd(), "db", "testing", "shard-workspace-tables.ts");
/** Test databases carry their creation time, so a crashed run's leftovers can be told apart. */
const LEFTOVER_AFTER_SECONDS = 3 * 60 * 60;

export function testDatabaseUrl(database: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

/** What a template is built from: the migrations, and for a sharded one the conversion too. */
function templateHash(sharded: boolean): string {
  const hash = createHash("sha256");
  for (const file of readdirSync(MIGRATIONS_FOLDER, { recursive: true }).map(String).sort()) {
    if (file.endsWith(".sql")) hash.update(readFileSync(path.join(MIGRATIONS_FOLDER, file)));
  }
  if (sharded) hash.update(readFileSync(SHARDING_SOURCE));
  return hash.digest("hex").slice(0, 12);
}

/** The migrated database every test database is cloned from (CREATE DATABASE … TEMPLATE). */
export function templateName(sharded = isShardedTestRun): string {
  return `leadport_template_${templateHash(sharded)}${sharded ? "_sharded" : ""}`;
}

export async function withAdmin<T>(run: (admin: postgres.Sql) => Promise<T>): Promise<T> {
  const admin = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    return await run(admin);
  } finally {
    await admin.end();
  }
}

async function migrateTemplate(template: string): Promise<void> {
  const database = await openPostgres(testDatabaseUrl(template), { max: 1 });
  try {
    await migrateDatabase(database);
  } finally {
    await database.close();
  }
  if (!isShardedTestRun) return;
  const sql = postgres(testDatabaseUrl(template), { max: 1, onnotice: () => {} });
  try {
    await shardWorkspaceTables(sql);
  } finally {
    await sql.end();
  }
}

/**
 * Creates the template once per migration set (under an advisory lock, so parallel runs agree)
 * and drops test databases that crashed runs left behind.
 */
export async function prepareTemplateDatabase(): Promise<void> {
  const template = templateName();
  // This checkout's other template (sharded or plain) is in use by its other test mode.
  const siblings = [templateName(false), templateName(true)];
  await withAdmin(async (admin) => {
    await admin`select pg_advisory_lock(hashtext('leadport:test-template'))`;
    try {
      // A template of other migrations may belong to a run in another checkout: it is stale only
      // once it is as old as a leftover test database (its creation time is its comment).
      const rows = await admin<{ datname: string; comment: string | null }[]>`
        select datname, shobj_description(oid, 'pg_database') as comment from pg_database
        where starts_with(datname, ${TEST_DATABASE_PREFIX})
           or (starts_with(datname, 'leadport_template_') and datname <> all(${siblings}))`;
      const cutoff = Date.now() / 1000 - LEFTOVER_AFTER_SECONDS;
      for (const { datname, comment } of rows) {
        const createdAt = datname.startsWith("leadport_template_")
          ? Number(comment ?? 0)
          : Number(datname.slice(TEST_DATABASE_PREFIX.length).split("_")[0]);
        if (!(createdAt >= cutoff)) {
          await admin.unsafe(`drop database if exists "${datname}" with (force)`);
        }
      }
      const exists = await admin`select 1 from pg_database where datname = ${template}`;
      if (exists.length > 0) return;
      await admin.unsafe(`create database "${template}"`);
      await admin.unsafe(`comment on database "${template}" is '${Math.floor(Date.now() / 1000)}'`);
      try {
        await migrateTemplate(template);
      } catch (error) {
        await admin.unsafe(`drop database if exists "${template}" with (force)`);
        throw error;
      }
    } finally {
      await admin`select pg_advisory_unlock(hashtext('leadport:test-template'))`;
    }
  });
}

export interface TestDatabase extends Database {
  name: string;
  url: string;
}

/**
 * A fresh, migrated database of its own for one test file, dropped by `close`: a clone of the
 * migrated template, or of `template` (the bench's seeded workspace, copied file by file since
 * it is large).
 */
export async function createTestDatabase(
  options: { onQuery?: (query: string) => void; template?: string } = {},
): Promise<TestDatabase> {
  const createdAt = Math.floor(Date.now() / 1000);
  const name = `${TEST_DATABASE_PREFIX}${createdAt}_${randomBytes(6).toString("hex")}`;
  const from = options.template
    ? `template "${options.template}" strategy file_copy`
    : `template "${templateName()}"`;
  await withAdmin((admin) => admin.unsafe(`create database "${name}" ${from}`));
  const url = testDatabaseUrl(name);
  const database = await openPostgres(url, { onQuery: options.onQuery });
  return {
    ...database,
    name,
    url,
    close: async () => {
      await database.close();
      await withAdmin((admin) => admin.unsafe(`drop database if exists "${name}" with (force)`));
    },
  };
}

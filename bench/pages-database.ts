import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { migrateDatabase, openPostgres } from "@/db/client";
import {
  createTestDatabase,
  type TestDatabase,
  templateName,
  testDatabaseUrl,
  withAdmin,
} from "@/db/testing/test-database";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { type SeededWorkspace, seedWorkspaceLeads } from "./seed-workspace";

/*
 * The pages bench's workspace of a million leads takes minutes to seed, so it is seeded once into
 * a database of its own (`leadport_bench_pages_<leads>_<hash of the seeding code>`), kept between
 * bench runs, and each run works on a file copy of it. Migrations added since it was seeded are
 * applied to it (and it is analysed again) before it is copied. Drop it to seed anew.
 */

const SEEDING_SOURCES = [
  "seed-workspace.ts",
  "generate-leads.ts",
  "copy-leads.ts",
  "lead-words.ts",
];

export interface PagesDatabase {
  database: TestDatabase;
  workspaceId: string;
  apiKey: string;
  seeded: SeededWorkspace;
}

interface SeedRecord {
  workspaceId: string;
  apiKey: string;
  seeded: SeededWorkspace;
}

function seedDatabaseName(leads: number, seed: number): string {
  const hash = createHash("sha256").update(`${leads}:${seed}`);
  for (const file of SEEDING_SOURCES) hash.update(readFileSync(path.join("bench", file)));
  return `leadport_bench_pages_${leads}_${hash.digest("hex").slice(0, 10)}`;
}

async function seedNew(name: string, leads: number, seed: number): Promise<void> {
  console.log(
    `  seeding ${leads.toLocaleString("en-US")} leads into ${name} (kept for later runs)`,
  );
  const database = await openPostgres(testDatabaseUrl(name), { max: 2 });
  const sql = postgres(testDatabaseUrl(name), { max: 1, onnotice: () => {} });
  try {
    const { workspaceId, key } = await createTestWorkspace(database.db, { name: "Bench pages" });
    const seeded = await seedWorkspaceLeads(sql, workspaceId, leads, seed);
    await sql`vacuum analyze leads`;
    const record: SeedRecord = { workspaceId, apiKey: key, seeded };
    await sql`create table bench_seed (record jsonb not null)`;
    await sql`insert into bench_seed ${sql({ record: sql.json(record as never) })}`;
  } finally {
    await sql.end();
    await database.close();
  }
}

/** Brings a kept seed up to the checkout's migrations, then reads what seeding recorded. */
async function readSeed(name: string): Promise<SeedRecord> {
  const database = await openPostgres(testDatabaseUrl(name), { max: 1 });
  const sql = postgres(testDatabaseUrl(name), { max: 1, onnotice: () => {} });
  try {
    await migrateDatabase(database);
    await sql`analyze leads`;
    const [row] = await sql<{ record: SeedRecord }[]>`select record from bench_seed`;
    if (!row) throw new Error(`${name} has no bench_seed record: drop it to seed again`);
    return row.record;
  } finally {
    await sql.end();
    await database.close();
  }
}

/** A copy of the seeded workspace of `leads` leads (seeded on first use), dropped by `close`. */
export async function openPagesDatabase(leads: number, seed: number): Promise<PagesDatabase> {
  const name = seedDatabaseName(leads, seed);
  const record = await withAdmin(async (admin) => {
    await admin`select pg_advisory_lock(hashtext(${name}))`;
    try {
      const exists = await admin`select 1 from pg_database where datname = ${name}`;
      if (exists.length === 0) {
        await admin.unsafe(`create database "${name}" template "${templateName()}"`);
        try {
          await seedNew(name, leads, seed);
        } catch (error) {
          await admin.unsafe(`drop database if exists "${name}" with (force)`);
          throw error;
        }
      }
      return await readSeed(name);
    } finally {
      await admin`select pg_advisory_unlock(hashtext(${name}))`;
    }
  });
  const database = await createTestDatabase({ template: name });
  return { database, ...record };
}

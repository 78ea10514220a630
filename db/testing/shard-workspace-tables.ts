import type postgres from "postgres";

/**
 * Tables that hold a `workspace_id` but are looked up before a workspace is known (by key hash,
 * token hash, user): Citus reference tables, replicated to every node (docs/scaling.md). Every
 * other table with a `workspace_id` is distributed by it.
 */
export const REFERENCE_TABLES = ["api_keys", "sessions", "workspace_members", "workspace_invites"];

/** As many partitions as a small Citus cluster has shards per node group; any number > 1 proves it. */
export const SHARD_PARTITIONS = 8;

/** The name of partition `remainder` of `table`. */
export function partitionName(table: string, remainder: number): string {
  return `${table}_p${remainder}`;
}

type Queryable = postgres.Sql | postgres.TransactionSql;

interface TableDefinition {
  table: string;
  /** `ALTER TABLE … ADD CONSTRAINT` for its primary key, unique and exclusion constraints. */
  constraints: string[];
  /** `CREATE INDEX` of every index that backs no constraint. */
  indexes: string[];
}

interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

async function distributedTables(sql: postgres.Sql): Promise<string[]> {
  const rows = await sql<{ table: string }[]>`
    select c.relname as table from pg_class c
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
    join pg_attribute a on a.attrelid = c.oid and a.attname = 'workspace_id' and not a.attisdropped
    where c.relkind = 'r' and c.relname <> all(${REFERENCE_TABLES})
    order by c.relname`;
  return rows.map((row) => row.table);
}

async function readDefinition(sql: Queryable, table: string): Promise<TableDefinition> {
  const constraints = await sql<{ name: string; definition: string }[]>`
    select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
    where conrelid = ${table}::regclass and contype in ('p', 'u', 'x')`;
  const indexes = await sql<{ definition: string }[]>`
    select pg_get_indexdef(i.indexrelid) as definition from pg_index i
    where i.indrelid = ${table}::regclass
      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`;
  return {
    table,
    constraints: constraints.map(
      ({ name, definition }) => `alter table "${table}" add constraint "${name}" ${definition}`,
    ),
    indexes: indexes.map((row) => row.definition),
  };
}

async function foreignKeysTouching(sql: Queryable, tables: string[]): Promise<ForeignKey[]> {
  return sql<ForeignKey[]>`
    select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition
    from pg_constraint
    where contype = 'f'
      and (conrelid::regclass::text = any(${tables}) or confrelid::regclass::text = any(${tables}))`;
}

/**
 * Turns every distributed table of a freshly migrated (empty) database into a table
 * hash-partitioned by `workspace_id`, with the same columns, defaults, identities, checks,
 * constraints, indexes and foreign keys. PostgreSQL then enforces Citus's rules: a primary key
 * or unique index must include `workspace_id`, and a statement that names one workspace is
 * routed to one partition. A table whose keys break the rule makes this fail.
 */
export async function shardWorkspaceTables(sql: postgres.Sql): Promise<string[]> {
  const tables = await distributedTables(sql);
  await sql.begin(async (tx) => {
    const definitions = await Promise.all(tables.map((table) => readDefinition(tx, table)));
    const foreignKeys = await foreignKeysTouching(tx, tables);
    for (const key of foreignKeys) {
      await tx.unsafe(`alter table "${key.table}" drop constraint "${key.name}"`);
    }
    for (const { table } of definitions) {
      await tx.unsafe(`alter table "${table}" rename to "${table}__plain"`);
      await tx.unsafe(`create table "${table}" (like "${table}__plain" including all excluding indexes)
        partition by hash (workspace_id)`);
      for (let remainder = 0; remainder < SHARD_PARTITIONS; remainder++) {
        await tx.unsafe(`create table "${partitionName(table, remainder)}" partition of "${table}"
          for values with (modulus ${SHARD_PARTITIONS}, remainder ${remainder})`);
      }
      await tx.unsafe(`drop table "${table}__plain"`);
    }
    for (const { constraints, indexes } of definitions) {
      for (const statement of [...constraints, ...indexes]) await tx.unsafe(statement);
    }
    for (const key of foreignKeys) {
      await tx.unsafe(`alter table "${key.table}" add constraint "${key.name}" ${key.definition}`);
    }
  });
  return tables;
}

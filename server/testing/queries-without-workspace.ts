import { getTableColumns, getTableName, isTable, type Table } from "drizzle-orm";
import * as schema from "@/db/schema";

/** Every table that holds rows of a workspace: the ones with a `workspace_id` column. */
const WORKSPACE_TABLES = (Object.values(schema) as unknown[])
  .filter((value): value is Table => isTable(value))
  .filter((table) => Object.values(getTableColumns(table)).some((c) => c.name === "workspace_id"))
  .map((table) => getTableName(table));

/**
 * What a request does before it knows its workspace, to find it: a key or session token looked up
 * by its hash, a user's own memberships; and the key it authenticated with, stamped as used.
 */
const PRINCIPAL_STATEMENTS = [
  /"?(key_hash|token_hash)"?\s*=/,
  /"workspace_members"\."user_id"\s*=/,
  /^update "api_keys" set "last_used_at" = \$1 where \("api_keys"\."id" = \$2/,
];

function tablesOf(query: string): string[] {
  return WORKSPACE_TABLES.filter((table) =>
    new RegExp(`\\b(from|join|update|into)\\s+"?${table}"?(\\s|$|\\()`, "i").test(query),
  );
}

/**
 * The statements that read or change a workspace's table without naming `workspace_id`: each is a
 * query that could see or touch another workspace's rows.
 */
export function queriesWithoutWorkspace(queries: readonly string[]): string[] {
  return queries.filter(
    (query) =>
      tablesOf(query).length > 0 &&
      !/workspace_id/.test(query) &&
      !PRINCIPAL_STATEMENTS.some((statement) => statement.test(query)),
  );
}

export { WORKSPACE_TABLES };

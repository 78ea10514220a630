import { type SQL, sql } from "drizzle-orm";
import type { PreparedLead } from "@/lib/leads/prepare-leads";
import { LEAD_TEXT_COLUMNS } from "./lead-columns";

/*
 * What a batch records for its import's undo, written by the batch's own statement (see
 * `import_batches`): the ids of the leads it created, and for each lead it restored, updated or
 * tagged its prior, only what the batch changed:
 *   { "<column>": value before, …, "tags+": [tags it added], "custom": { key: value before } }
 * A key is there only when the batch changed it; null means there was no value (a custom key it
 * added). `updated_at` is always there, since every write sets it. A lead whose values before
 * cannot be read (another transaction wrote it after the statement's snapshot) gets
 * `{ "unknown": true }`, which undo treats as a conflict.
 */

/** The columns a prior keeps, each read back by undo with its type. */
export const RECORDED_COLUMNS: ReadonlyArray<readonly [column: string, type: string]> = [
  ["email", "text"],
  ["email_status", "text"],
  ...LEAD_TEXT_COLUMNS.map(([, column]) => [column, "text"] as const),
  ["last_import_id", "text"],
  ["updated_at", "timestamptz"],
  ["deleted_at", "timestamptz"],
];

/** Custom keys a batch's statement names one by one (a file's columns); past this, it reads them. */
const MAX_NAMED_CUSTOM_KEYS = 64;

/**
 * The custom keys of a batch's leads, which are all a write can change, or null when there are
 * too many to name.
 */
export function customKeysOf(leads: readonly PreparedLead[]): string[] | null {
  const keys = new Set<string>();
  for (const { lead } of leads) {
    for (const key of Object.keys(lead.customFields ?? {})) {
      keys.add(key);
      if (keys.size > MAX_NAMED_CUSTOM_KEYS) return null;
    }
  }
  return [...keys];
}

/*
 * The prior of lead `l` (after the write) from `o` (before it), as a concatenation of one small
 * object per changed value: most columns are unchanged and cost a constant '{}'. The bench's
 * update case measured a third more database CPU per batch with jsonb_build_object over every
 * column and jsonb_strip_nulls, and several times more with a jsonb_each subquery per lead for the
 * custom fields, hence the named keys.
 */
const COLUMNS_PRIOR = RECORDED_COLUMNS.map(
  ([column]) =>
    `case when o.${column} is distinct from l.${column} then jsonb_build_object('${column}', o.${column}) else '{}'::jsonb end`,
).join("\n || ");

/** Imports only add tags, after those a lead has: the added ones are the array's tail. */
const TAGS_PRIOR = `case when o.tags is distinct from l.tags then jsonb_build_object('tags+',
    to_jsonb(case when l.tags[1:cardinality(o.tags)] = o.tags then l.tags[cardinality(o.tags) + 1:]
      else array(select tag from unnest(l.tags) as tag where not tag = any(o.tags)) end))
  else '{}'::jsonb end`;

/** Imports only add or overwrite custom keys, so only the batch's keys can differ. */
function customPrior(keys: readonly string[] | null): SQL {
  const changed = (perKey: SQL) => sql`case when o.custom_fields is distinct from l.custom_fields
    then jsonb_build_object('custom', ${perKey}) else '{}'::jsonb end`;
  if (keys === null) {
    return changed(sql`(select jsonb_object_agg(key, o.custom_fields -> key)
      from jsonb_each(l.custom_fields) where o.custom_fields -> key is distinct from value)`);
  }
  if (keys.length === 0) return sql`'{}'::jsonb`;
  const perKey = keys.map(
    (
      key,
    ) => sql`case when o.custom_fields -> ${key}::text is distinct from l.custom_fields -> ${key}::text
      then jsonb_build_object(${key}::text, o.custom_fields -> ${key}::text) else '{}'::jsonb end`,
  );
  return changed(sql.join(perKey, sql` || `));
}

/** The prior of `l` (a lead as written), read from the statement's snapshot (`o`). */
export function snapshotPrior(customKeys: readonly string[] | null): SQL {
  return sql`(select ${sql.raw(COLUMNS_PRIOR)} || ${sql.raw(TAGS_PRIOR)} || ${customPrior(customKeys)}
    from leads o where o.workspace_id = l.workspace_id and o.id = l.id)`;
}

/** A RETURNING column of the restore's UPDATE: the prior of each lead it brought back. */
export function priorColumn(customKeys: readonly string[] | null): SQL {
  return sql`${snapshotPrior(customKeys)} as prior`;
}

/** What an upsert returns of each lead it wrote, so that its prior can be read afterwards. */
export const WRITTEN_COLUMNS = sql.raw(
  ["workspace_id", "tags", "custom_fields", ...RECORDED_COLUMNS.map(([column]) => column)]
    .map((column) => `l.${column}`)
    .join(", "),
);

/**
 * The condition of an updating upsert's DO UPDATE: the version it locked is the one in the
 * statement's snapshot (a TID lookup: the snapshot sees that tuple only if no other transaction
 * replaced it since), so the prior read from the snapshot is what the update overwrites. A lead
 * another transaction changed in between is left alone and comes back as not written; the batch
 * is then written again (see ConcurrentLeadChange).
 */
export const UPDATE_ONLY_UNCHANGED = sql.raw(
  // A scalar subquery, not EXISTS: the planner turns that into a hash of every lead's ctid.
  // The workspace first: a ctid names a row only within one partition of a sharded table.
  "where (select true from leads o where o.workspace_id = l.workspace_id and o.ctid = l.ctid)",
);

/**
 * The INSERT, as a CTE, of one batch's record: `written` names a relation with `id`, `inserted`
 * (a lead it created) and `prior`. Nothing is written for a batch that created and changed nothing.
 */
export function insertBatchRecord(workspaceId: string, importId: string, written: SQL): SQL {
  return sql`insert into import_batches (workspace_id, import_id, created, changed)
    select ${workspaceId}, ${importId},
      coalesce(array_agg(id) filter (where inserted), '{}'),
      jsonb_object_agg(id, coalesce(prior, '{"unknown": true}')) filter (where not inserted)
    from ${written}
    having count(*) > 0`;
}

/** A lead the upsert found changed by another transaction since its snapshot: retried whole. */
export class ConcurrentLeadChange extends Error {
  /** PostgreSQL's serialization_failure, which `retryTransient` runs again. */
  readonly code = "40001";

  constructor() {
    super("a lead changed while its batch was being written");
  }
}

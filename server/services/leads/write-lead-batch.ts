import { type SQL, sql } from "drizzle-orm";
import { arrayLiteral } from "@/db/array-literal";
import { type DbOrTx, rowsOf } from "@/db/client";
import type { PreparedLead } from "@/lib/leads/prepare-leads";
import type { RowOutcome } from "@/lib/leads/row-outcome";
import type { ImportOptions } from "@/lib/schemas/import-options";
import { newUuidV7s } from "@/lib/uuid-v7";
import {
  ConcurrentLeadChange,
  customKeysOf,
  insertBatchRecord,
  priorColumn,
  snapshotPrior,
  UPDATE_ONLY_UNCHANGED,
  WRITTEN_COLUMNS,
} from "./batch-record";
import { LEAD_TEXT_COLUMNS } from "./lead-columns";

/** What every batch of one import is written with: the options that decide the SQL, and where. */
export type BatchOptions = Pick<ImportOptions, "skipDuplicates" | "restoreDeleted" | "tag"> & {
  workspaceId: string;
  /** Stamped on every lead the batch writes, as `last_import_id`. */
  importId: string | null;
  /**
   * The workspace had soft-deleted leads when the import began. Without any, a batch is one plain
   * upsert; with some, its statement also finds deleted matches to restore or report, which costs
   * more database time. So a lead soft-deleted while an import runs (in a workspace that had none)
   * is not restored by it: its email gets a new lead.
   */
  hasDeletedLeads: boolean;
};

const TEXT_COLUMNS = LEAD_TEXT_COLUMNS.map(([, column]) => column);
const INPUT_COLUMNS = sql.raw(
  ["r", "id", "email_key", "email", "email_status", "tags", "custom_fields", ...TEXT_COLUMNS].join(
    ", ",
  ),
);
const INSERT_COLUMNS = sql.raw(TEXT_COLUMNS.join(", "));
const INSERT_VALUES = sql.raw(TEXT_COLUMNS.map((column) => `i.${column}`).join(", "));
const RESTORE_SET = sql.raw(
  TEXT_COLUMNS.map((column) => `${column} = coalesce(i.${column}, l.${column})`).join(", "),
);
const UPDATE_SET = sql.raw(
  TEXT_COLUMNS.map((column) => `${column} = coalesce(excluded.${column}, l.${column})`).join(", "),
);

/**
 * One column of the batch as an array literal, or null when no lead has a value there: unnest pads
 * a NULL array with nulls, and most files leave several columns empty.
 */
function columnLiteral(values: ReadonlyArray<string | undefined>): string | null {
  return values.some((value) => value !== undefined) ? arrayLiteral(values) : null;
}

/**
 * The batch as one array per column, read by unnest: PostgreSQL parses array literals with less
 * work than json_to_recordset reads the same rows, and no per-lead object is built to send them.
 * Tags travel as nested array literals, custom fields as JSON text. What needs no sending is left
 * out: an email equal to its key (as cleanup stores it), empty tags, columns no lead fills.
 */
function inputRows(leads: readonly PreparedLead[], ids: readonly string[]): SQL {
  const column = (value: (lead: PreparedLead) => string | undefined) =>
    columnLiteral(leads.map(value));
  const texts = LEAD_TEXT_COLUMNS.map(
    ([field]) => sql`${column(({ lead }) => lead[field])}::text[]`,
  );
  return sql`select r, id, email_key, coalesce(email, email_key) as email, email_status,
      tags::text[] as tags, custom_fields::jsonb as custom_fields, ${INSERT_COLUMNS}
    from unnest(
      ${arrayLiteral(leads.map(({ row }) => String(row)))}::int[],
      ${arrayLiteral(ids)}::text[],
      ${arrayLiteral(leads.map(({ emailKey }) => emailKey))}::text[],
      ${column(({ lead, emailKey }) => (lead.email === emailKey ? undefined : lead.email))}::text[],
      ${column(({ lead }) => lead.emailStatus)}::text[],
      ${column(({ lead }) => (lead.tags?.length ? arrayLiteral(lead.tags) : undefined))}::text[],
      ${column(({ lead }) => lead.customFields && JSON.stringify(lead.customFields))}::text[],
      ${sql.join(texts, sql`, `)}
    ) as x(${INPUT_COLUMNS})`;
}

/**
 * An update leaves out what the request leaves out. The proposed row's email status is
 * 'unverified' both when the lead carried none and when it said so; neither tells more than a
 * verification result already stored, so neither replaces one.
 */
function conflictClause(options: BatchOptions, tagArray: SQL): SQL {
  if (!options.skipDuplicates) {
    return sql`do update set ${UPDATE_SET},
      email = excluded.email,
      email_status = case when excluded.email_status = 'unverified' then l.email_status
        else excluded.email_status end,
      tags = merge_tags(l.tags, excluded.tags),
      custom_fields = l.custom_fields || excluded.custom_fields,
      last_import_id = excluded.last_import_id,
      updated_at = now()
      ${UPDATE_ONLY_UNCHANGED}`;
  }
  // Skipped leads still get the request's tag: it applies to every lead the request matches.
  return sql`do update set tags = merge_tags(l.tags, ${tagArray}), updated_at = now()
    where not (l.tags @> ${tagArray})`;
}

/**
 * A batch ready to send: its rows (by request row and email key), the id each lead gets if it is
 * new, and its input already written out as SQL. Built as soon as the leads are cleaned, so that while the batch is in flight only
 * this is kept, not a thousand lead objects (which the garbage collector would have to move).
 */
export interface LeadBatch {
  rows: number[];
  emailKeys: string[];
  /**
   * Proposed ids: the upsert inserted a lead when it answers the proposed id (an update keeps the
   * lead's own). `xmax = 0`, the usual tell, is refused by a partitioned (sharded) table.
   */
  ids: string[];
  input: SQL;
  /** The custom keys its leads carry, for the import's record (see `customKeysOf`). */
  customKeys: string[] | null;
}

export function toLeadBatch(leads: readonly PreparedLead[]): LeadBatch {
  const ids = newUuidV7s(leads.length);
  return {
    rows: leads.map(({ row }) => row),
    emailKeys: leads.map(({ emailKey }) => emailKey),
    ids,
    input: inputRows(leads, ids),
    customKeys: customKeysOf(leads),
  };
}

/**
 * Writes one batch (emails unique within it) in one statement: restores soft-deleted matches,
 * inserts new leads, and updates or skips existing ones through the partial unique index.
 * Rows are inserted in email-key order so concurrent batches take row locks in the same order.
 */
export async function writeLeadBatch(
  tx: DbOrTx,
  batch: LeadBatch,
  options: BatchOptions,
): Promise<Map<number, RowOutcome>> {
  const outcomes = options.hasDeletedLeads
    ? await writeWithDeletedMatches(tx, batch, options)
    : await upsertBatch(tx, batch, options);
  await findSkippedLeadIds(tx, batch, outcomes, options.workspaceId);
  if (!options.skipDuplicates && hasExisting(outcomes)) throw new ConcurrentLeadChange();
  return outcomes;
}

/** An updating batch leaves a match alone only when another transaction changed it meanwhile. */
function hasExisting(outcomes: ReadonlyMap<number, RowOutcome>): boolean {
  for (const outcome of outcomes.values()) if (outcome.kind === "existing") return true;
  return false;
}

/**
 * Inserts the rows of `input i` that `keep` keeps; an active lead with the email is the conflict.
 * For an import (not a dry run) it also returns what its record needs. The statement holds its
 * workspace's row (FOR KEY SHARE, once), which is what a foreign key to `workspaces` did once per
 * lead (db/schema/leads.ts); a workspace that is gone gets no leads.
 */
function upsertStatement(options: BatchOptions, keep: SQL = sql`true`): SQL {
  const tagArray = options.tag ? sql`array[${options.tag}]::text[]` : sql`'{}'::text[]`;
  return sql`insert into leads as l (workspace_id, id, email_key, email, email_status, tags,
      custom_fields, last_import_id, ${INSERT_COLUMNS})
    select ${options.workspaceId}, i.id, i.email_key, i.email, coalesce(i.email_status, 'unverified'),
      coalesce(i.tags, '{}'), coalesce(i.custom_fields, '{}'::jsonb), ${options.importId},
      ${INSERT_VALUES}
    from input i
    where exists (select 1 from workspaces where id = ${options.workspaceId} for key share)
      and ${keep}
    order by i.email_key
    on conflict (workspace_id, email_key) where deleted_at is null ${conflictClause(options, tagArray)}
    returning l.id, l.email_key ${recordedColumns(options)}`;
}

/**
 * What the upsert returns for the import's record: the new values of the leads it wrote, for the
 * prior of those it updated. A skipping import without a tag updates none, so it returns none.
 */
function recordedColumns(options: BatchOptions): SQL {
  if (!options.importId || (options.skipDuplicates && !options.tag)) return sql``;
  return sql`, ${WRITTEN_COLUMNS}`;
}

/**
 * The upserted leads for the record: `inserted` when a lead kept the id the batch proposed, and
 * for one it updated its prior, read from the statement's snapshot (which holds the version it
 * overwrote, see UPDATE_ONLY_UNCHANGED). Only updated leads are looked up: a lookup per inserted
 * lead cost a third more database CPU in an updating import of new leads.
 */
function writtenUpserts(options: BatchOptions, batch: LeadBatch): SQL {
  const prior =
    options.skipDuplicates && !options.tag
      ? sql`null::jsonb`
      : sql`case when l.id <> i.id then ${snapshotPrior(batch.customKeys)} end`;
  return sql`select l.id, l.id = i.id as inserted, ${prior} as prior
    from upserted l join input i on i.email_key = l.email_key`;
}

/** The batch's record, as a CTE after the others, when it belongs to an import. */
function recordCte(options: BatchOptions, written: SQL): SQL {
  if (!options.importId) return sql``;
  return sql`, recorded as (${insertBatchRecord(options.workspaceId, options.importId, written)})`;
}

function touchedOutcome(options: BatchOptions, leadId: string): RowOutcome {
  return { kind: options.skipDuplicates ? "existing" : "updated", leadId };
}

/**
 * The upserted leads as one text, `email_key id` per line: the driver spends more CPU decoding a
 * batch's result rows than splitting one string. Keys are valid emails, so they hold no spaces or
 * line breaks.
 */
const UPSERTED_LINES = sql`select string_agg(email_key || ' ' || id, E'\n') as lines from upserted`;

async function upsertBatch(
  tx: DbOrTx,
  batch: LeadBatch,
  options: BatchOptions,
): Promise<Map<number, RowOutcome>> {
  const result = await tx.execute(
    sql`with input as (${batch.input}), upserted as (${upsertStatement(options)})
      ${recordCte(options, sql`(${writtenUpserts(options, batch)}) as written`)}
      ${UPSERTED_LINES}`,
  );
  const indexByKey = new Map(batch.emailKeys.map((key, index) => [key, index]));
  const outcomes = new Map<number, RowOutcome>();
  // An aggregate answers one row; its text is null when nothing was upserted.
  const lines = rowsOf<{ lines: string | null }>(result)[0]?.lines;
  for (const line of lines?.split("\n") ?? []) {
    const [emailKey, id] = line.split(" ") as [string, string];
    const index = indexByKey.get(emailKey) as number;
    outcomes.set(
      batch.rows[index] as number,
      id === batch.ids[index] ? { kind: "created", leadId: id } : touchedOutcome(options, id),
    );
  }
  return outcomes;
}

async function writeWithDeletedMatches(
  tx: DbOrTx,
  batch: LeadBatch,
  options: BatchOptions,
): Promise<Map<number, RowOutcome>> {
  const workspaceId = options.workspaceId;
  const result = await tx.execute(sql`
    with input as (${batch.input}),
    deleted_match as (
      select distinct on (i.email_key) i.r, d.id
      from input i
      join leads d on d.workspace_id = ${workspaceId} and d.email_key = i.email_key
        and d.deleted_at is not null
      where not exists (
        select 1 from leads a
        where a.workspace_id = ${workspaceId} and a.email_key = i.email_key and a.deleted_at is null
      )
      order by i.email_key, d.deleted_at desc
    ),
    restored as (
      update leads l set ${RESTORE_SET},
        email = i.email,
        email_status = coalesce(i.email_status, l.email_status),
        tags = merge_tags(l.tags, i.tags),
        custom_fields = l.custom_fields || coalesce(i.custom_fields, '{}'::jsonb),
        last_import_id = ${options.importId},
        deleted_at = null,
        updated_at = now()
      from deleted_match m join input i on i.r = m.r
      where ${options.restoreDeleted}::boolean and l.workspace_id = ${workspaceId} and l.id = m.id
      returning m.r, l.id ${options.importId ? sql`, ${priorColumn(batch.customKeys)}` : sql``}
    ),
    upserted as (
      ${upsertStatement(options, sql`not exists (select 1 from deleted_match m where m.r = i.r)`)}
    )
    ${recordCte(
      options,
      sql`(select id, false as inserted, prior from restored
        union all ${writtenUpserts(options, batch)}) as written`,
    )}
    select 'restored' as kind, r, id from restored
    union all
    select case when u.id = i.id then 'created' else 'touched' end, i.r, u.id
    from upserted u join input i on i.email_key = u.email_key
    union all
    select 'deleted-match', m.r, m.id from deleted_match m where not ${options.restoreDeleted}::boolean`);

  const outcomes = new Map<number, RowOutcome>();
  for (const { kind, r, id } of rowsOf<{ kind: string; r: number; id: string }>(result)) {
    outcomes.set(
      r,
      kind === "touched"
        ? touchedOutcome(options, id)
        : { kind: kind as "created" | "restored" | "deleted-match", leadId: id },
    );
  }
  return outcomes;
}

/**
 * Rows the upsert left alone are existing active leads: a second statement sees them committed.
 * `= any(array(…))` keeps this an index scan even before the table has statistics; `in (select …)`
 * was planned as a nested loop over every lead, slow on a freshly filled table.
 */
async function findSkippedLeadIds(
  tx: DbOrTx,
  batch: LeadBatch,
  outcomes: Map<number, RowOutcome>,
  workspaceId: string,
): Promise<void> {
  const missing = batch.rows.flatMap((row, index) =>
    outcomes.has(row) ? [] : [{ row, emailKey: batch.emailKeys[index] as string }],
  );
  if (missing.length === 0) return;
  const keys = JSON.stringify(missing.map((lead) => lead.emailKey));
  const result = await tx.execute(sql`
    select id, email_key from leads
    where workspace_id = ${workspaceId} and deleted_at is null
      and email_key = any(array(select json_array_elements_text(${keys}::json)))`);
  const idByKey = new Map(
    rowsOf<{ id: string; email_key: string }>(result).map((row) => [row.email_key, row.id]),
  );
  for (const lead of missing) {
    const leadId = idByKey.get(lead.emailKey);
    if (!leadId) throw new Error(`lead ${lead.emailKey} was neither written nor found`);
    outcomes.set(lead.row, { kind: "existing", leadId });
  }
}

import { sql } from "drizzle-orm";
import { rowsOf, type Tx } from "@/db/client";
import { leads } from "@/db/schema";
import { MAX_LISTED_CONFLICTS } from "@/lib/limits";
import type { UndoConflict } from "@/lib/schemas/imports";
import { type LeadPrior, undoChanges } from "./undo-changes";

/*
 * An undo's plan: a temporary table (dropped at commit) with one row per lead the import wrote,
 * from its batches' records, and what undo does to it:
 * - `delete`: the import created it;
 * - `delete-again`: it restored it (its prior holds `deleted_at`): the prior goes back, deleted;
 * - `revert`: it updated or tagged it: the prior goes back;
 * - `none`: it is deleted already, which is where undo would take it.
 * `written_at` is the time of the import's last batch that wrote the lead: the lead's
 * `updated_at` since. A lead whose `updated_at` differs, or that joined another campaign since,
 * changed after the import: a conflict, with the reason the plan's `conflict` names.
 */

export interface UndoTarget {
  workspaceId: string;
  importId: string;
}

/** Builds `undo_plan` from the import's batches and locks its leads until the undo commits. */
export async function buildUndoPlan(tx: Tx, { workspaceId, importId }: UndoTarget) {
  await tx.execute(sql`
    create temp table undo_plan on commit drop as
    with touches as (
      select b.id as batch_id, b.written_at, created.lead_id, 'delete' as action, null::jsonb as prior
      from import_batches b cross join unnest(b.created) as created(lead_id)
      where b.workspace_id = ${workspaceId} and b.import_id = ${importId}
      union all
      select b.id, b.written_at, changed.key,
        case when changed.value ? 'deleted_at' then 'delete-again' else 'revert' end, changed.value
      from import_batches b cross join jsonb_each(b.changed) as changed
      where b.workspace_id = ${workspaceId} and b.import_id = ${importId}
    )
    -- A lead written by two of its batches (two wizard chunks): the first says what undo does.
    select lead_id, (array_agg(action order by batch_id))[1] as action,
      (array_agg(prior order by batch_id))[1] as prior, max(written_at) as written_at,
      null::text as conflict
    from touches group by lead_id`);
  // A new temporary table has no statistics: planned as a few rows, joining it to a workspace's
  // deleted leads became a nested loop of every pair (minutes for an undo of 50,000 leads once
  // 25,000 were deleted; bench undo-import-50k). Autovacuum never analyses temporary tables.
  await tx.execute(sql`analyze undo_plan`);
  // In id order, so two undos (or an undo and a bulk action) lock the same way round.
  await tx.execute(sql`
    select count(*) from (
      select l.id from leads l join undo_plan p on l.id = p.lead_id
      where l.workspace_id = ${workspaceId}
      order by l.id for update of l
    ) as locked`);
  await tx.execute(sql`
    update undo_plan p set action = 'none'
    from leads l
    where l.workspace_id = ${workspaceId} and l.id = p.lead_id
      and p.action in ('delete', 'delete-again') and l.deleted_at is not null`);
  await tx.execute(sql`
    update undo_plan p set conflict = case
      when p.prior ? 'unknown' then 'unknown'
      when l.updated_at is distinct from p.written_at then case
        when l.deleted_at is not null then 'deleted'
        when l.last_import_id is distinct from ${importId} and l.last_import_id is not null
          then 'later-import'
        when exists (select 1 from lead_events e
          where e.workspace_id = ${workspaceId} and e.lead_id = l.id and e.created_at > p.written_at)
          then 'edited'
        else 'changed' end
      when exists (select 1 from campaign_leads c
        where c.workspace_id = ${workspaceId} and c.lead_id = l.id
          and c.created_at > p.written_at and c.import_id is distinct from ${importId})
        then 'campaign'
    end
    from leads l
    where l.workspace_id = ${workspaceId} and l.id = p.lead_id and p.action <> 'none'`);
}

/** The first conflicts by email, each with what undo would set (before anything is applied). */
export async function listConflicts(tx: Tx, { workspaceId }: UndoTarget): Promise<UndoConflict[]> {
  const rows = rowsOf<{
    lead_id: string;
    action: UndoConflict["action"];
    conflict: UndoConflict["reason"];
    prior: LeadPrior | null;
  }>(
    await tx.execute(sql`
      select p.lead_id, p.action, p.conflict, p.prior
      from undo_plan p join leads l on l.workspace_id = ${workspaceId} and l.id = p.lead_id
      where p.conflict is not null
      order by l.email_key, l.id
      limit ${MAX_LISTED_CONFLICTS}`),
  );
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((row) => row.lead_id));
  const found = await tx
    .select()
    .from(leads)
    .where(
      sql`${leads.workspaceId} = ${workspaceId}
        and ${leads.id} = any(array(select json_array_elements_text(${ids}::json)))`,
    );
  const byId = new Map(found.map((lead) => [lead.id, lead]));
  return rows.flatMap((row) => {
    const lead = byId.get(row.lead_id);
    if (!lead) return [];
    return [
      {
        leadId: row.lead_id,
        email: lead.email,
        action: row.action,
        reason: row.conflict,
        changes: row.action === "revert" && row.prior ? undoChanges(row.prior, lead) : {},
      },
    ];
  });
}

/** How many leads of the plan conflict. */
export async function countConflicts(tx: Tx): Promise<number> {
  const [row] = rowsOf<{ conflicts: number }>(
    await tx.execute(
      sql`select count(*)::int as conflicts from undo_plan where conflict is not null`,
    ),
  );
  return row?.conflicts ?? 0;
}

import { type SQL, sql } from "drizzle-orm";
import { rowsOf, type Tx } from "@/db/client";
import type { ServiceContext } from "@/server/services/context";
import { insertLeadEventsFrom } from "@/server/services/lead-history/record-lead-events";
import { RECORDED_COLUMNS } from "@/server/services/leads/batch-record";
import type { UndoTarget } from "./undo-plan";

/*
 * The undo's writes, one set-based statement each, over `undo_plan` (see undo-plan.ts): the leads
 * to take back are those without a conflict, or every one when forced. Each change is recorded
 * in the lead's history as `import-undone`.
 */

export interface UndoApplied {
  deleted: number;
  deletedAgain: number;
  reverted: number;
  membershipsRemoved: number;
}

const RECORDED_VALUE = (column: string, type: string) =>
  `${column} = case when p.prior ? '${column}' then (p.prior ->> '${column}')::${type} else l.${column} end`;

/**
 * Every recorded column back to its value before. `updated_at` too, so the lead looks to the undo
 * of an earlier import exactly as that import left it; a forced revert over a later change is a
 * change of its own (now), so that earlier undo still sees a conflict.
 */
const REVERT_SET = sql.raw(
  [
    ...RECORDED_COLUMNS.filter(([column]) => column !== "updated_at").map(([column, type]) =>
      RECORDED_VALUE(column, type),
    ),
    `updated_at = case when p.conflict is null then (p.prior ->> 'updated_at')::timestamptz
      else now() end`,
    `tags = case when p.prior ? 'tags+' then array(
        select tag from unnest(l.tags) with ordinality as t(tag, position)
        where not (p.prior -> 'tags+') ? tag order by position)
      else l.tags end`,
    `custom_fields = case when p.prior ? 'custom' then
        (l.custom_fields - array(select jsonb_object_keys(p.prior -> 'custom')))
        || jsonb_strip_nulls(p.prior -> 'custom')
      else l.custom_fields end`,
  ].join(",\n"),
);

async function countChanged(tx: Tx, statement: SQL): Promise<number> {
  const [row] = rowsOf<{ changed: number }>(await tx.execute(statement));
  return row?.changed ?? 0;
}

export async function applyUndo(
  tx: Tx,
  ctx: ServiceContext,
  target: UndoTarget & { campaignId: string | null },
  isForced: boolean,
): Promise<UndoApplied> {
  const { workspaceId, importId } = target;
  const isTakenBack = sql`(p.conflict is null or ${isForced}::boolean)`;
  const events = (change: string) =>
    insertLeadEventsFrom(ctx, sql`changed`, "import-undone", { importId, change });
  const deleted = await countChanged(
    tx,
    sql`with changed as (
        update leads l set deleted_at = now(), updated_at = now()
        from undo_plan p
        where l.workspace_id = ${workspaceId} and l.id = p.lead_id and p.action = 'delete'
          and ${isTakenBack}
        returning l.id
      ), events as (${events("deleted")})
      select count(*)::int as changed from changed`,
  );
  const [reverts] = rowsOf<{ reverted: number; deleted_again: number }>(
    await tx.execute(sql`with changed as (
        update leads l set ${REVERT_SET}
        from undo_plan p
        where l.workspace_id = ${workspaceId} and l.id = p.lead_id
          and p.action in ('revert', 'delete-again') and ${isTakenBack}
        returning l.id, p.action
      ), events as (${events("reverted")})
      select count(*) filter (where action = 'revert')::int as reverted,
        count(*) filter (where action = 'delete-again')::int as deleted_again
      from changed`),
  );
  const membershipsRemoved = target.campaignId
    ? await countChanged(
        tx,
        sql`with removed as (
            delete from campaign_leads c
            where c.workspace_id = ${workspaceId} and c.campaign_id = ${target.campaignId}
              and c.import_id = ${importId}
              and not exists (select 1 from undo_plan p
                where p.lead_id = c.lead_id and not ${isTakenBack})
            returning 1
          )
          select count(*)::int as changed from removed`,
      )
    : 0;
  return {
    deleted,
    deletedAgain: reverts?.deleted_again ?? 0,
    reverted: reverts?.reverted ?? 0,
    membershipsRemoved,
  };
}

import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { leadEvents } from "@/db/schema";
import type { LeadEventKind } from "@/lib/fields/lead-events";
import type { ServiceContext } from "@/server/services/context";

/**
 * The INSERT that records one event per lead a set-based statement changed, for use as a CTE:
 * `changed` names a relation with an `id` column (an `UPDATE … RETURNING id`), so a bulk action
 * on every lead of a selection writes its history in the same statement.
 */
export function insertLeadEventsFrom(
  ctx: ServiceContext,
  changed: SQL,
  kind: LeadEventKind,
  details: Record<string, unknown>,
): SQL {
  return sql`insert into lead_events (workspace_id, lead_id, kind, details, actor_user_id, actor_key_id)
    select ${ctx.workspaceId}, id, ${kind}, ${JSON.stringify(details)}::jsonb,
      ${ctx.actor?.userId ?? null}, ${ctx.actor?.apiKeyId ?? null}
    from ${changed}`;
}

/** One lead's event, with details of its own (an edit's before and after). */
export async function recordLeadEvent(
  db: DbOrTx,
  ctx: ServiceContext,
  event: { leadId: string; kind: LeadEventKind; details: Record<string, unknown> },
): Promise<void> {
  await db.insert(leadEvents).values({
    workspaceId: ctx.workspaceId,
    leadId: event.leadId,
    kind: event.kind,
    details: event.details,
    actorUserId: ctx.actor?.userId ?? null,
    actorKeyId: ctx.actor?.apiKeyId ?? null,
  });
}

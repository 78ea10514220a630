import { and, desc, eq } from "drizzle-orm";
import { apiKeys, leadEvents, users } from "@/db/schema";
import type { LeadEventKind } from "@/lib/fields/lead-events";
import type { ServiceContext } from "@/server/services/context";
import { findActiveLeadRow } from "@/server/services/leads/find-active-lead-row";
import { type LeadImportEntry, listLeadImports } from "./list-lead-imports";

/** The newest events a lead page shows. */
const MAX_EVENTS = 200;

export type LeadHistoryEntry =
  | { kind: "created"; at: string }
  | LeadImportEntry
  | {
      kind: LeadEventKind;
      at: string;
      details: Record<string, unknown>;
      /** The user's email, or the API key's name, or null when neither is known. */
      actor: string | null;
    };

/** A lead's history, newest first: edits, deletes and tag changes, its import, its creation. */
export async function listLeadHistory({
  ctx,
  leadId,
}: {
  ctx: ServiceContext;
  leadId: string;
}): Promise<LeadHistoryEntry[]> {
  const lead = await findActiveLeadRow(ctx, leadId);
  const events = await ctx.db
    .select({
      kind: leadEvents.kind,
      at: leadEvents.createdAt,
      details: leadEvents.details,
      userEmail: users.email,
      keyName: apiKeys.name,
    })
    .from(leadEvents)
    .leftJoin(users, eq(users.id, leadEvents.actorUserId))
    .leftJoin(apiKeys, eq(apiKeys.id, leadEvents.actorKeyId))
    .where(and(eq(leadEvents.workspaceId, ctx.workspaceId), eq(leadEvents.leadId, leadId)))
    .orderBy(desc(leadEvents.createdAt), desc(leadEvents.id))
    .limit(MAX_EVENTS);
  const entries: LeadHistoryEntry[] = [
    ...events.map((event) => ({
      kind: event.kind,
      at: event.at.toISOString(),
      details: event.details,
      actor: event.userEmail ?? (event.keyName ? `API key “${event.keyName}”` : null),
    })),
    ...(await listLeadImports(ctx, lead)),
    { kind: "created", at: lead.createdAt.toISOString() },
  ];
  return entries.sort((a, b) => b.at.localeCompare(a.at));
}

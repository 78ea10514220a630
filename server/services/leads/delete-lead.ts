import { and, eq, isNull } from "drizzle-orm";
import { leads } from "@/db/schema";
import { ServiceError } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";
import { recordLeadEvent } from "@/server/services/lead-history/record-lead-events";

/** Soft delete: the lead keeps its row (and campaign memberships) until an import restores it. */
export async function deleteLead({ ctx, leadId }: { ctx: ServiceContext; leadId: string }) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(leads)
      .set({ deletedAt: new Date(), updatedAt: new Date() })
      .where(
        and(eq(leads.workspaceId, ctx.workspaceId), eq(leads.id, leadId), isNull(leads.deletedAt)),
      )
      .returning({ id: leads.id, deletedAt: leads.deletedAt });
    if (!row) throw new ServiceError("NOT_FOUND", "Lead not found");
    await recordLeadEvent(tx, ctx, { leadId, kind: "deleted", details: {} });
    return { id: row.id, deleted: true, deletedAt: row.deletedAt?.toISOString() };
  });
}

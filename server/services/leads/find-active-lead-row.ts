import { and, eq, isNull } from "drizzle-orm";
import { leads } from "@/db/schema";
import { ServiceError } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";

/** Another workspace's lead and a soft-deleted one are NOT_FOUND, exactly as a made-up id. */
export async function findActiveLeadRow(ctx: ServiceContext, leadId: string) {
  const [row] = await ctx.db
    .select()
    .from(leads)
    .where(
      and(eq(leads.workspaceId, ctx.workspaceId), eq(leads.id, leadId), isNull(leads.deletedAt)),
    );
  if (!row) throw new ServiceError("NOT_FOUND", "Lead not found");
  return row;
}

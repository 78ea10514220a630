import { and, eq } from "drizzle-orm";
import { workspaceMembers } from "@/db/schema";
import { DEFAULT_LEAD_COLUMNS } from "@/lib/leads/lead-table-columns";
import { ServiceError } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";

function memberOf(ctx: ServiceContext) {
  const userId = ctx.actor?.userId;
  if (!userId) throw new ServiceError("UNAUTHORIZED", "Columns are kept per signed-in user");
  return and(
    eq(workspaceMembers.workspaceId, ctx.workspaceId),
    eq(workspaceMembers.userId, userId),
  );
}

/** The columns this user picked for the leads table in this workspace, or the default set. */
export async function getLeadColumns({ ctx }: { ctx: ServiceContext }) {
  const [row] = await ctx.db
    .select({ leadColumns: workspaceMembers.leadColumns })
    .from(workspaceMembers)
    .where(memberOf(ctx));
  return { columns: row?.leadColumns ?? [...DEFAULT_LEAD_COLUMNS], isDefault: !row?.leadColumns };
}

export async function saveLeadColumns({
  ctx,
  columns,
}: {
  ctx: ServiceContext;
  columns: string[];
}) {
  await ctx.db.update(workspaceMembers).set({ leadColumns: columns }).where(memberOf(ctx));
  return { columns };
}

import { eq } from "drizzle-orm";
import { workspaces } from "@/db/schema";
import type { ServiceContext } from "@/server/services/context";
import { getWorkspace } from "./get-workspace";

/** How many days after it started an import of this workspace can be undone. */
export async function getUndoWindow({ ctx }: { ctx: ServiceContext }) {
  const workspace = await getWorkspace({ db: ctx.db, workspaceId: ctx.workspaceId });
  return { days: workspace.undoWindowDays };
}

/** Sets the workspace's undo window; it applies at once to every import, old ones included. */
export async function setUndoWindow({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { days: number };
}) {
  await ctx.db
    .update(workspaces)
    .set({ undoWindowDays: input.days })
    .where(eq(workspaces.id, ctx.workspaceId));
  return { days: input.days };
}

import { z } from "zod";
import { undoWindowInputSchema } from "@/lib/schemas/imports";
import { listUserWorkspaces } from "@/server/services/workspaces/list-user-workspaces";
import { switchWorkspace } from "@/server/services/workspaces/switch-workspace";
import { getUndoWindow, setUndoWindow } from "@/server/services/workspaces/undo-window";
import { createTRPCRouter, ownerProcedure, workspaceProcedure } from "../init";

export const workspaceRouter = createTRPCRouter({
  current: workspaceProcedure.query(({ ctx }) => ({
    id: ctx.session.workspaceId,
    name: ctx.session.workspaceName,
    email: ctx.session.email,
    role: ctx.session.role,
  })),
  undoWindow: workspaceProcedure.query(({ ctx }) => getUndoWindow({ ctx: ctx.serviceContext })),
  setUndoWindow: ownerProcedure
    .input(undoWindowInputSchema)
    .mutation(({ ctx, input }) => setUndoWindow({ ctx: ctx.serviceContext, input })),
  list: workspaceProcedure.query(({ ctx }) =>
    listUserWorkspaces({ db: ctx.db, userId: ctx.session.userId }),
  ),
  switch: workspaceProcedure
    .input(z.object({ workspaceId: z.string().min(1).max(200) }))
    .mutation(({ ctx, input }) =>
      switchWorkspace({
        db: ctx.db,
        userId: ctx.session.userId,
        // A signed-in session always came with its token.
        sessionToken: ctx.sessionToken as string,
        workspaceId: input.workspaceId,
      }),
    ),
});

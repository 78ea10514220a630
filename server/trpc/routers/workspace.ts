import { createTRPCRouter, workspaceProcedure } from "../init";

export const workspaceRouter = createTRPCRouter({
  current: workspaceProcedure.query(({ ctx }) => ({
    id: ctx.session.workspaceId,
    name: ctx.session.workspaceName,
    email: ctx.session.email,
  })),
});

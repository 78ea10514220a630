import { z } from "zod";
import { inviteMemberInputSchema } from "@/lib/schemas/team";
import { createInvite } from "@/server/services/team/create-invite";
import { listTeam } from "@/server/services/team/list-team";
import { removeMember } from "@/server/services/team/remove-member";
import { revokeInvite } from "@/server/services/team/revoke-invite";
import { createTRPCRouter, ownerProcedure, workspaceProcedure } from "../init";

const id = z.string().min(1).max(200);

export const teamRouter = createTRPCRouter({
  list: workspaceProcedure.query(({ ctx }) => listTeam({ ctx: ctx.serviceContext })),
  invite: ownerProcedure
    .input(inviteMemberInputSchema)
    .mutation(({ ctx, input }) => createInvite({ ctx: ctx.serviceContext, input })),
  revokeInvite: ownerProcedure
    .input(z.object({ inviteId: id }))
    .mutation(({ ctx, input }) =>
      revokeInvite({ ctx: ctx.serviceContext, inviteId: input.inviteId }),
    ),
  removeMember: ownerProcedure
    .input(z.object({ userId: id }))
    .mutation(({ ctx, input }) => removeMember({ ctx: ctx.serviceContext, userId: input.userId })),
});

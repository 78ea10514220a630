import { z } from "zod";
import { createApiKey } from "@/server/services/api-keys/create-api-key";
import { listApiKeys } from "@/server/services/api-keys/list-api-keys";
import { revokeApiKey } from "@/server/services/api-keys/revoke-api-key";
import { createTRPCRouter, ownerProcedure } from "../init";

export const apiKeysRouter = createTRPCRouter({
  list: ownerProcedure.query(({ ctx }) =>
    listApiKeys({ db: ctx.db, workspaceId: ctx.serviceContext.workspaceId }),
  ),
  create: ownerProcedure
    .input(z.object({ name: z.string().trim().min(1).max(100) }))
    .mutation(({ ctx, input }) =>
      createApiKey({
        db: ctx.db,
        input: { kind: "workspace", workspaceId: ctx.serviceContext.workspaceId, name: input.name },
      }),
    ),
  revoke: ownerProcedure
    .input(z.object({ keyId: z.string() }))
    .mutation(({ ctx, input }) =>
      revokeApiKey({ db: ctx.db, workspaceId: ctx.serviceContext.workspaceId, keyId: input.keyId }),
    ),
});

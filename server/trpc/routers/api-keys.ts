import { z } from "zod";
import { createApiKey } from "@/server/services/api-keys/create-api-key";
import { listApiKeys } from "@/server/services/api-keys/list-api-keys";
import { revokeApiKey } from "@/server/services/api-keys/revoke-api-key";
import { createTRPCRouter, workspaceProcedure } from "../init";

export const apiKeysRouter = createTRPCRouter({
  list: workspaceProcedure.query(({ ctx }) =>
    listApiKeys({ db: ctx.db, workspaceId: ctx.serviceContext.workspaceId }),
  ),
  create: workspaceProcedure
    .input(z.object({ name: z.string().trim().min(1).max(100) }))
    .mutation(({ ctx, input }) =>
      createApiKey({
        db: ctx.db,
        input: { kind: "workspace", workspaceId: ctx.serviceContext.workspaceId, name: input.name },
      }),
    ),
  revoke: workspaceProcedure
    .input(z.object({ keyId: z.string() }))
    .mutation(({ ctx, input }) =>
      revokeApiKey({ db: ctx.db, workspaceId: ctx.serviceContext.workspaceId, keyId: input.keyId }),
    ),
});

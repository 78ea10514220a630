import type { ApiPrincipal } from "@/server/services/api-keys/resolve-api-key";
import type { ServiceContext } from "@/server/services/context";
import { getWorkspace } from "./get-workspace";

/** What `GET /v1/me` answers: the workspace the key acts on and how it got there. */
export async function describePrincipal({
  ctx,
  principal,
}: {
  ctx: ServiceContext;
  principal: ApiPrincipal;
}) {
  const workspace = await getWorkspace({ db: ctx.db, workspaceId: ctx.workspaceId });
  return {
    workspace: { id: workspace.id, name: workspace.name, contactLimit: workspace.contactLimit },
    key: { id: principal.keyId, kind: principal.keyKind },
    userId: principal.userId,
  };
}

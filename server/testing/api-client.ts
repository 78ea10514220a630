import { and, eq, isNull } from "drizzle-orm";
import {
  DELETE as deleteLead,
  GET as getLead,
  PATCH as patchLead,
} from "@/app/v1/leads/[id]/route";
import { POST as postBulk } from "@/app/v1/leads/bulk/route";
import { POST as postBulkImport } from "@/app/v1/leads/bulk-import/route";
import { GET as listLeads, POST as postLead } from "@/app/v1/leads/route";
import type { Db } from "@/db/client";
import { leads } from "@/db/schema";
import { callRoute } from "./call-route";
import { createTestWorkspace } from "./test-workspace";

/** The /v1 lead endpoints, called in-process with one key, for integration tests. */
export function leadApi(key: string) {
  const auth = { "X-Api-Key": key };
  return {
    bulk: (json: unknown, headers: Record<string, string> = {}) =>
      callRoute(postBulk, { path: "/v1/leads/bulk", json, headers: { ...auth, ...headers } }),
    bulkImport: (json: unknown, headers: Record<string, string> = {}) =>
      callRoute(postBulkImport, {
        path: "/v1/leads/bulk-import",
        json,
        headers: { ...auth, ...headers },
      }),
    create: (json: unknown) => callRoute(postLead, { path: "/v1/leads", json, headers: auth }),
    list: (query = "") => callRoute(listLeads, { path: `/v1/leads${query}`, headers: auth }),
    get: (id: string) =>
      callRoute(getLead, { path: `/v1/leads/${id}`, headers: auth, params: { id } }),
    patch: (id: string, json: unknown) =>
      callRoute(patchLead, {
        method: "PATCH",
        path: `/v1/leads/${id}`,
        json,
        headers: auth,
        params: { id },
      }),
    remove: (id: string) =>
      callRoute(deleteLead, {
        method: "DELETE",
        path: `/v1/leads/${id}`,
        headers: auth,
        params: { id },
      }),
  };
}

/** A new workspace of its own (with a contact limit if given) and its lead API. */
export async function workspaceWithLeadApi(db: Db, options: { contactLimit?: number } = {}) {
  const workspace = await createTestWorkspace(db, options);
  return { ...workspace, api: leadApi(workspace.key) };
}

/** The workspace's leads that are not soft-deleted, as stored. */
export function activeLeads(db: Db, workspaceId: string) {
  return db
    .select()
    .from(leads)
    .where(and(eq(leads.workspaceId, workspaceId), isNull(leads.deletedAt)));
}

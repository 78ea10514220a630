import { POST as addLeads, GET as listMembers } from "@/app/v1/campaigns/[id]/leads/route";
import {
  DELETE as deleteCampaign,
  GET as getCampaign,
  PATCH as patchCampaign,
} from "@/app/v1/campaigns/[id]/route";
import { POST as createCampaign, GET as listCampaigns } from "@/app/v1/campaigns/route";
import type { Db } from "@/db/client";
import { leadApi } from "./api-client";
import { callRoute } from "./call-route";
import { createTestWorkspace } from "./test-workspace";

/** The /v1 campaign endpoints, called in-process with one key, for integration tests. */
export function campaignApi(key: string) {
  const headers = { "X-Api-Key": key };
  const at = (id: string) => ({ params: { id }, headers });
  return {
    create: (json: unknown) => callRoute(createCampaign, { path: "/v1/campaigns", json, headers }),
    list: (query = "") => callRoute(listCampaigns, { path: `/v1/campaigns${query}`, headers }),
    get: (id: string) => callRoute(getCampaign, { path: `/v1/campaigns/${id}`, ...at(id) }),
    patch: (id: string, json: unknown) =>
      callRoute(patchCampaign, { method: "PATCH", path: `/v1/campaigns/${id}`, json, ...at(id) }),
    remove: (id: string) =>
      callRoute(deleteCampaign, { method: "DELETE", path: `/v1/campaigns/${id}`, ...at(id) }),
    addLeads: (id: string, json: unknown) =>
      callRoute(addLeads, { path: `/v1/campaigns/${id}/leads`, json, ...at(id) }),
    members: (id: string, query = "") =>
      callRoute(listMembers, { path: `/v1/campaigns/${id}/leads${query}`, ...at(id) }),
  };
}

/** A new workspace with its lead and campaign APIs and one campaign, `draft` unless given. */
export async function workspaceWithCampaign(db: Db, status: "draft" | "active" = "draft") {
  const { key, workspaceId } = await createTestWorkspace(db);
  const campaigns = campaignApi(key);
  const leads = leadApi(key);
  const campaign = (await campaigns.create({ name: "Q3 outbound", status })).json.data;
  return { key, workspaceId, campaigns, leads, campaign };
}

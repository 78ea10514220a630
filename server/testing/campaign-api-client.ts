import { POST as addLeads, GET as listMembers } from "@/app/v1/campaigns/[id]/leads/route";
import {
  DELETE as deleteCampaign,
  GET as getCampaign,
  PATCH as patchCampaign,
} from "@/app/v1/campaigns/[id]/route";
import { POST as createCampaign, GET as listCampaigns } from "@/app/v1/campaigns/route";
import { callRoute } from "./call-route";

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

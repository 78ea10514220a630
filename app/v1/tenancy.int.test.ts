import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as campaignCsv from "@/app/v1/campaigns/[id]/leads/import/csv/route";
import * as campaignLeads from "@/app/v1/campaigns/[id]/leads/route";
import * as campaign from "@/app/v1/campaigns/[id]/route";
import * as campaigns from "@/app/v1/campaigns/route";
import * as importRecord from "@/app/v1/imports/[id]/route";
import * as importRows from "@/app/v1/imports/[id]/rows/route";
import * as importUndo from "@/app/v1/imports/[id]/undo/route";
import * as importList from "@/app/v1/imports/route";
import * as lead from "@/app/v1/leads/[id]/route";
import * as bulk from "@/app/v1/leads/bulk/route";
import * as bulkImport from "@/app/v1/leads/bulk-import/route";
import * as leadsCsv from "@/app/v1/leads/import/csv/route";
import * as leadList from "@/app/v1/leads/route";
import * as me from "@/app/v1/me/route";
import { leads } from "@/db/schema";
import { ENDPOINTS } from "@/server/openapi/endpoints";
import { callRoute, type RouteCall, type RouteHandler } from "@/server/testing/call-route";
import { queriesWithoutWorkspace } from "@/server/testing/queries-without-workspace";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { withTestDatabase } from "@/server/testing/with-test-database";

/*
 * Every /v1 endpoint, called with workspace A's key on workspace B's ids: each is NOT_FOUND, or
 * acts on and answers from A's data only; B's data is unchanged afterwards. An endpoint added to
 * the OpenAPI document without a case here fails the first test. Every statement the calls ran
 * is checked too: none reads or changes a workspace's table without naming `workspace_id`.
 */

const database = withTestDatabase({ recordQueries: true });
const SECRET = "secret@b.example.com";

let aKey: string;
let aWorkspaceId: string;
let b: { key: string; workspaceId: string; leadId: string; campaignId: string; importId: string };

beforeAll(async () => {
  const workspaceB = await createTestWorkspace(database.current.db, { name: "B" });
  const call = <Params>(handler: RouteHandler<Params>, init: RouteCall<Params>) =>
    callRoute(handler, { ...init, headers: { "X-Api-Key": workspaceB.key } });
  const imported = await call(bulk.POST, {
    path: "/v1/leads/bulk",
    json: { leads: [{ email: SECRET, firstName: "Secret", tags: ["b-tag"] }] },
  });
  const created = await call(campaigns.POST, { path: "/v1/campaigns", json: { name: "B's" } });
  const campaignId = created.json.data.id as string;
  await call(campaignLeads.POST, {
    path: `/v1/campaigns/${campaignId}/leads`,
    params: { id: campaignId },
    json: { selectAll: true },
  });
  const [row] = await database.current.db
    .select({ importId: leads.lastImportId })
    .from(leads)
    .where(eq(leads.workspaceId, workspaceB.workspaceId));
  b = {
    key: workspaceB.key,
    workspaceId: workspaceB.workspaceId,
    leadId: imported.json.data.importedLeadIds[0],
    campaignId,
    importId: row?.importId as string,
  };
  const workspaceA = await createTestWorkspace(database.current.db, { name: "A" });
  aKey = workspaceA.key;
  aWorkspaceId = workspaceA.workspaceId;
});

/** A's call: A's key, with B's id as the path parameter when there is one. */
function asA<Params>(handler: RouteHandler<Params>, init: RouteCall<Params>) {
  return callRoute(handler, { ...init, headers: { "X-Api-Key": aKey } });
}

function csvForm(csv: string) {
  const form = new FormData();
  form.append("file", new Blob([csv]), "leads.csv");
  return form;
}

async function expectNotFound(answer: Promise<{ status: number; json: any }>) {
  const { status, json } = await answer;
  expect(status).toBe(404);
  expect(json.error.code).toBe("NOT_FOUND");
}

const bLead = () => ({ path: `/v1/leads/${b.leadId}`, params: { id: b.leadId } });
const bImport = (rest = "") => ({
  path: `/v1/imports/${b.importId}${rest}`,
  params: { id: b.importId },
});
const bCampaign = (rest = "") => ({
  path: `/v1/campaigns/${b.campaignId}${rest}`,
  params: { id: b.campaignId },
});

const CASES: Record<string, () => Promise<void>> = {
  "get /v1/me": async () => {
    expect((await asA(me.GET, { path: "/v1/me" })).json.data.workspace.id).toBe(aWorkspaceId);
  },
  "post /v1/leads/bulk": async () => {
    const { json } = await asA(bulk.POST, {
      path: "/v1/leads/bulk",
      json: { leads: [{ email: SECRET }] },
    });
    expect(json.data).toMatchObject({ imported: 1, updated: 0, skipped: 0 });
  },
  "post /v1/leads/bulk-import": async () => {
    const { json } = await asA(bulkImport.POST, {
      path: "/v1/leads/bulk-import",
      json: { leads: [{ email: `other-${SECRET}` }] },
    });
    expect(json.data).toMatchObject({ created: 1, duplicates: 0 });
  },
  "post /v1/leads/import/csv": async () => {
    const { json } = await asA(leadsCsv.POST, {
      path: "/v1/leads/import/csv",
      body: csvForm(`Email\ncsv-${SECRET}\n`),
    });
    expect(json.data).toMatchObject({ imported: 1, skipped: 0 });
  },
  "get /v1/leads": async () => {
    for (const query of [`?search=${SECRET}`, `?importId=${b.importId}`, "?tag=b-tag"]) {
      const { json } = await asA(leadList.GET, { path: `/v1/leads${query}` });
      expect(json.data.leads.every((l: { id: string }) => l.id !== b.leadId)).toBe(true);
    }
  },
  "post /v1/leads": async () => {
    const { status, json } = await asA(leadList.POST, {
      path: "/v1/leads",
      json: { email: `one-${SECRET}` },
    });
    expect(status).toBe(201);
    expect(json.data.id).not.toBe(b.leadId);
  },
  "get /v1/leads/{id}": () => expectNotFound(asA(lead.GET, bLead())),
  "patch /v1/leads/{id}": () =>
    expectNotFound(asA(lead.PATCH, { ...bLead(), method: "PATCH", json: { firstName: "Hacked" } })),
  "delete /v1/leads/{id}": () => expectNotFound(asA(lead.DELETE, { ...bLead(), method: "DELETE" })),
  "post /v1/campaigns": async () => {
    const { status } = await asA(campaigns.POST, { path: "/v1/campaigns", json: { name: "A's" } });
    expect(status).toBe(201);
  },
  "get /v1/campaigns": async () => {
    const { json } = await asA(campaigns.GET, { path: "/v1/campaigns" });
    expect(json.data.campaigns.map((c: { id: string }) => c.id)).not.toContain(b.campaignId);
  },
  "get /v1/campaigns/{id}": () => expectNotFound(asA(campaign.GET, bCampaign())),
  "patch /v1/campaigns/{id}": () =>
    expectNotFound(
      asA(campaign.PATCH, { ...bCampaign(), method: "PATCH", json: { name: "Mine" } }),
    ),
  "delete /v1/campaigns/{id}": () =>
    expectNotFound(asA(campaign.DELETE, { ...bCampaign(), method: "DELETE" })),
  "get /v1/campaigns/{id}/leads": () => expectNotFound(asA(campaignLeads.GET, bCampaign("/leads"))),
  "post /v1/campaigns/{id}/leads": async () => {
    await expectNotFound(
      asA(campaignLeads.POST, { ...bCampaign("/leads"), json: { selectAll: true } }),
    );
    // Into A's own campaign, B's lead is not found, by id or by filter.
    const own = await asA(campaigns.POST, { path: "/v1/campaigns", json: { name: "A's adds" } });
    const mine = {
      path: `/v1/campaigns/${own.json.data.id}/leads`,
      params: { id: own.json.data.id },
    };
    const byId = await asA(campaignLeads.POST, {
      ...mine,
      json: { leads: [{ leadId: b.leadId }] },
    });
    expect(byId.json.data).toMatchObject({ added: 0, errors: [{ message: "Lead not found" }] });
    const byFilter = await asA(campaignLeads.POST, {
      ...mine,
      json: { filters: { leadIds: [b.leadId] } },
    });
    expect(byFilter.json.data).toMatchObject({ added: 0, matched: 0 });
  },
  "get /v1/imports": async () => {
    const { json } = await asA(importList.GET, { path: "/v1/imports?limit=200" });
    expect(json.data.imports.map((run: { id: string }) => run.id)).not.toContain(b.importId);
  },
  "get /v1/imports/{id}": () => expectNotFound(asA(importRecord.GET, bImport())),
  "get /v1/imports/{id}/rows": () => expectNotFound(asA(importRows.GET, bImport("/rows"))),
  "post /v1/imports/{id}/undo": async () => {
    await expectNotFound(asA(importUndo.POST, { ...bImport("/undo"), json: { dryRun: true } }));
    await expectNotFound(asA(importUndo.POST, { ...bImport("/undo"), json: { force: true } }));
  },
  "post /v1/campaigns/{id}/leads/import/csv": () =>
    expectNotFound(
      asA(campaignCsv.POST, {
        ...bCampaign("/leads/import/csv"),
        body: csvForm(`Email\n${SECRET}\n`),
      }),
    ),
};

describe("tenancy across the /v1 API", () => {
  it("has a case for every endpoint of the OpenAPI document", () => {
    const endpoints = ENDPOINTS.map((endpoint) => `${endpoint.method} ${endpoint.path}`).sort();
    expect(Object.keys(CASES).sort()).toEqual(endpoints);
  });

  for (const [endpoint, check] of Object.entries(CASES)) {
    it(`${endpoint} with workspace A's key never reaches workspace B`, check);
  }

  afterAll(async () => {
    // B's data is as it was.
    const [secret] = await database.current.db.select().from(leads).where(eq(leads.id, b.leadId));
    expect(secret).toMatchObject({
      workspaceId: b.workspaceId,
      firstName: "Secret",
      deletedAt: null,
    });
    const campaignAnswer = await callRoute(campaign.GET, {
      ...bCampaign(),
      headers: { "X-Api-Key": b.key },
    });
    expect(campaignAnswer.json.data).toMatchObject({ name: "B's" });
  });
});

describe("every statement the API ran", () => {
  it("names workspace_id whenever it reads or changes a workspace's table", () => {
    expect(database.queries.length).toBeGreaterThan(50);
    expect(queriesWithoutWorkspace(database.queries)).toEqual([]);
  });
});

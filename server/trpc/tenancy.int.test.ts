import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { addLeadsToCampaign } from "@/server/services/campaigns/add-leads-to-campaign";
import { createCampaign } from "@/server/services/campaigns/create-campaign";
import { getCampaign } from "@/server/services/campaigns/get-campaign";
import type { ServiceContext } from "@/server/services/context";
import { findSavedSheet } from "@/server/services/imports/find-saved-sheet";
import { saveMapping } from "@/server/services/imports/save-mapping";
import { startWizardImport } from "@/server/services/imports/start-wizard-import";
import { getLead } from "@/server/services/leads/get-lead";
import { createInvite } from "@/server/services/team/create-invite";
import { listTeam } from "@/server/services/team/list-team";
import { getUndoWindow } from "@/server/services/workspaces/undo-window";
import { leadApi } from "@/server/testing/api-client";
import { queriesWithoutWorkspace } from "@/server/testing/queries-without-workspace";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { signedInMember } from "@/server/testing/trpc-caller";
import { withTestDatabase } from "@/server/testing/with-test-database";
import { appRouter } from "./root";

/*
 * Every tRPC procedure, called with workspace A's session (an owner's, so role checks pass) on
 * workspace B's ids: each is NOT_FOUND, or answers from A's data only. A procedure added without
 * a case here fails the first test.
 */

const database = withTestDatabase({ recordQueries: true });
const db = () => database.current.db;

type Caller = Awaited<ReturnType<typeof signedInMember>>["trpc"];

interface WorkspaceB {
  ctx: ServiceContext;
  key: string;
  keyId: string;
  leadId: string;
  campaignId: string;
  importId: string;
  inviteId: string;
  memberUserId: string;
  headers: string[];
  sheets: string[];
}

let a: Caller;
let b: WorkspaceB;

beforeAll(async () => {
  const workspaceB = await createTestWorkspace(db(), { name: "Workspace B" });
  const bOwner = await signedInMember(db(), workspaceB.workspaceId, { role: "owner" });
  const bMember = await signedInMember(db(), workspaceB.workspaceId, { role: "member" });
  const ctx = {
    ...database.context(workspaceB.workspaceId),
    actor: { userId: bOwner.user.id, apiKeyId: null },
  };
  const { json } = await leadApi(workspaceB.key).bulk({
    leads: [{ email: "secret@b.example.com", firstName: "Secret", bSecretField: "x" }],
  });
  const leadId = json.data.importedLeadIds[0] as string;
  const campaign = await createCampaign({ ctx, input: { name: "B's campaign" } });
  await addLeadsToCampaign({ ctx, campaignId: campaign.id, input: { selectAll: true } });
  const headers = ["Email", "B Only Header"];
  const sheets = ["B Summary", "B Leads"];
  await saveMapping({
    ctx,
    headers,
    mapping: { Email: "email", "B Only Header": "skip" },
    workbook: { sheets, sheet: "B Leads" },
  });
  const { importId } = await startWizardImport({
    ctx,
    input: {
      fileName: "b.csv",
      fileSize: 10,
      totalRows: 1,
      encoding: "utf-8",
      delimiter: ",",
      mapping: { Email: "email" },
      options: { skipDuplicates: true, dataCleanup: true },
      skippedRows: [],
    },
  });
  const invite = await createInvite({
    ctx,
    input: { email: "pending@b.example.com", role: "member" },
  });
  b = {
    ctx,
    key: workspaceB.key,
    keyId: workspaceB.keyId,
    leadId,
    campaignId: campaign.id,
    importId,
    inviteId: invite.id,
    memberUserId: bMember.user.id,
    headers,
    sheets,
  };
  const workspaceA = await createTestWorkspace(db(), { name: "Workspace A" });
  a = (await signedInMember(db(), workspaceA.workspaceId, { role: "owner" })).trpc;
});

async function expectNotFound(call: Promise<unknown>) {
  await expect(call).rejects.toSatisfy(
    (error) => error instanceof TRPCError && error.code === "NOT_FOUND",
  );
}

const chunkOf = (importId?: string) => ({
  importId,
  chunkIndex: 0,
  rowNumbers: [2],
  targets: ["email"],
  rows: [["intruder@a.example.com"]],
  options: { skipDuplicates: true, dataCleanup: true },
  dryRun: false,
});

/** Procedures that act on no workspace: the token or the credentials are the whole authority. */
const NOT_WORKSPACE_SCOPED: Record<string, string> = {
  "auth.status": "answers about the caller's own session",
  "auth.signIn": "opens a session for the credentials given",
  "auth.signUp": "closed once an owner exists; creates the first owner only",
  "auth.signOut": "ends the caller's own session",
  "auth.invite": "public by design: whoever holds the link's token sees its invite",
  "auth.acceptInvite": "public by design: the token and a password are the authority",
};

const CASES: Record<string, () => Promise<void>> = {
  "workspace.current": async () => {
    expect((await a.workspace.current()).name).toBe("Workspace A");
  },
  "workspace.list": async () => {
    expect((await a.workspace.list()).map((w) => w.name)).toEqual(["Workspace A"]);
  },
  "workspace.undoWindow": async () => {
    await a.workspace.setUndoWindow({ days: 3 });
    expect(await a.workspace.undoWindow()).toEqual({ days: 3 });
  },
  "workspace.setUndoWindow": async () => {
    await a.workspace.setUndoWindow({ days: 5 });
    expect(await getUndoWindow({ ctx: b.ctx })).toEqual({ days: 30 });
  },
  "workspace.switch": () => expectNotFound(a.workspace.switch({ workspaceId: b.ctx.workspaceId })),
  "apiKeys.list": async () => {
    expect((await a.apiKeys.list()).map((key) => key.id)).not.toContain(b.keyId);
  },
  "apiKeys.create": async () => {
    await a.apiKeys.create({ name: "A's key" });
    expect((await a.apiKeys.list()).map((key) => key.name)).toContain("A's key");
  },
  "apiKeys.revoke": () => expectNotFound(a.apiKeys.revoke({ keyId: b.keyId })),
  "leads.list": async () => {
    for (const filter of [
      { leadIds: [b.leadId] },
      { campaignId: b.campaignId },
      { importId: b.importId },
      { search: "secret@b" },
    ]) {
      expect((await a.leads.list({ limit: 50, ...filter })).leads).toEqual([]);
    }
  },
  "leads.count": async () => {
    expect(await a.leads.count({ leadIds: [b.leadId] })).toEqual({ count: 0 });
    expect(await a.leads.count({})).toEqual({ count: 0 });
  },
  "leads.get": () => expectNotFound(a.leads.get({ leadId: b.leadId })),
  "leads.campaigns": () => expectNotFound(a.leads.campaigns({ leadId: b.leadId })),
  "leads.history": () => expectNotFound(a.leads.history({ leadId: b.leadId })),
  "leads.update": () =>
    expectNotFound(a.leads.update({ leadId: b.leadId, changes: { firstName: "Hacked" } })),
  "leads.delete": () => expectNotFound(a.leads.delete({ leadId: b.leadId })),
  "leads.tag": async () => {
    const selection = { filters: { leadIds: [b.leadId] } };
    expect(await a.leads.tag({ selection, tag: "stolen", action: "add" })).toEqual({
      matched: 0,
      changed: 0,
    });
    expect(
      await a.leads.tag({ selection: { selectAll: true }, tag: "stolen", action: "add" }),
    ).toEqual({ matched: 0, changed: 0 });
  },
  "leads.deleteMany": async () => {
    expect(await a.leads.deleteMany({ selection: { filters: { leadIds: [b.leadId] } } })).toEqual({
      deleted: 0,
    });
  },
  "leads.customFieldNames": async () => {
    expect(await a.leads.customFieldNames()).not.toContain("bSecretField");
  },
  "leads.columns": async () => {
    expect((await a.leads.columns()).isDefault).toBe(true);
  },
  "leads.saveColumns": async () => {
    await a.leads.saveColumns({ columns: ["email", "custom:bSecretField"] });
    expect((await a.leads.columns()).columns).toEqual(["email", "custom:bSecretField"]);
  },
  "campaigns.list": async () => {
    expect((await a.campaigns.list({ limit: 200 })).campaigns).toEqual([]);
  },
  "campaigns.get": () => expectNotFound(a.campaigns.get({ campaignId: b.campaignId })),
  "campaigns.create": async () => {
    const created = await a.campaigns.create({ name: "A's campaign" });
    const added = await a.campaigns.addLeads({
      campaignId: created.id,
      body: { leads: [{ leadId: b.leadId }] },
    });
    expect(added).toEqual({
      added: 0,
      skipped: 0,
      errors: [{ entry: { leadId: b.leadId }, message: "Lead not found" }],
    });
  },
  "campaigns.update": () =>
    expectNotFound(a.campaigns.update({ campaignId: b.campaignId, changes: { name: "Mine" } })),
  "campaigns.delete": () => expectNotFound(a.campaigns.delete({ campaignId: b.campaignId })),
  "campaigns.members": () =>
    expectNotFound(a.campaigns.members({ campaignId: b.campaignId, limit: 50 })),
  "campaigns.addLeads": () =>
    expectNotFound(a.campaigns.addLeads({ campaignId: b.campaignId, body: { selectAll: true } })),
  "campaigns.removeLeads": () =>
    expectNotFound(a.campaigns.removeLeads({ campaignId: b.campaignId, leadIds: [b.leadId] })),
  "imports.start": () =>
    expectNotFound(
      a.imports.start({
        fileName: "a.csv",
        fileSize: 1,
        totalRows: 1,
        encoding: "utf-8",
        delimiter: ",",
        mapping: {},
        options: { skipDuplicates: true, dataCleanup: true, campaignId: b.campaignId },
      }),
    ),
  "imports.chunk": () => expectNotFound(a.imports.chunk(chunkOf(b.importId))),
  "imports.finish": () =>
    expectNotFound(a.imports.finish({ importId: b.importId, status: "canceled" })),
  "imports.get": () => expectNotFound(a.imports.get({ importId: b.importId })),
  "imports.list": async () => {
    const page = await a.imports.list({ limit: 200 });
    expect(page.imports.map((run) => run.id)).not.toContain(b.importId);
  },
  "imports.detail": () => expectNotFound(a.imports.detail({ importId: b.importId })),
  "imports.rows": () => expectNotFound(a.imports.rows({ importId: b.importId, limit: 50 })),
  "imports.failedRows": () => expectNotFound(a.imports.failedRows({ importId: b.importId })),
  "imports.undo": async () => {
    await expectNotFound(a.imports.undo({ importId: b.importId, dryRun: true, force: false }));
    await expectNotFound(a.imports.undo({ importId: b.importId, dryRun: false, force: true }));
  },
  "imports.savedMapping": async () => {
    expect(await a.imports.savedMapping({ headers: b.headers })).toBeNull();
  },
  "imports.savedSheet": async () => {
    expect(await a.imports.savedSheet({ sheets: b.sheets })).toBeNull();
  },
  "imports.saveMapping": async () => {
    const workbook = { sheets: b.sheets, sheet: "B Summary" };
    await a.imports.saveMapping({ headers: b.headers, mapping: { Email: "email" }, workbook });
    expect((await a.imports.savedMapping({ headers: b.headers }))?.mapping).toEqual({
      Email: "email",
    });
    expect((await a.imports.savedSheet({ sheets: b.sheets }))?.sheet).toBe("B Summary");
    expect((await findSavedSheet({ ctx: b.ctx, sheets: b.sheets }))?.sheet).toBe("B Leads");
  },
  "team.list": async () => {
    const team = await a.team.list();
    expect(team.members).toHaveLength(1);
    expect(team.invites).toEqual([]);
  },
  "team.invite": async () => {
    await a.team.invite({ email: "pending@b.example.com", role: "member" });
    expect((await a.team.list()).invites.map((invite) => invite.email)).toEqual([
      "pending@b.example.com",
    ]);
  },
  "team.revokeInvite": () => expectNotFound(a.team.revokeInvite({ inviteId: b.inviteId })),
  "team.removeMember": () => expectNotFound(a.team.removeMember({ userId: b.memberUserId })),
};

describe("tenancy of the web app's tRPC procedures", () => {
  it("has a case for every procedure", () => {
    const covered = [...Object.keys(CASES), ...Object.keys(NOT_WORKSPACE_SCOPED)].sort();
    expect(covered).toEqual(Object.keys(appRouter._def.procedures).sort());
  });

  it.each(Object.keys(CASES))(
    "%s with workspace A's session reaches nothing of B",
    async (path) => {
      await CASES[path]?.();
    },
  );

  it("leaves workspace B's data as it was", async () => {
    const lead = await getLead({ ctx: b.ctx, leadId: b.leadId });
    expect(lead).toMatchObject({ firstName: "Secret", tags: [] });
    const campaign = await getCampaign({ ctx: b.ctx, campaignId: b.campaignId });
    expect(campaign).toMatchObject({ name: "B's campaign", leadCounts: { total: 1 } });
    const team = await listTeam({ ctx: b.ctx });
    expect(team.members).toHaveLength(2);
    expect(team.invites.map((invite) => invite.id)).toEqual([b.inviteId]);
    const me = await leadApi(b.key).list();
    expect(me.status).toBe(200);
  });

  it("ran no statement on a workspace's table without naming workspace_id", () => {
    expect(database.queries.length).toBeGreaterThan(50);
    expect(queriesWithoutWorkspace(database.queries)).toEqual([]);
  });
});

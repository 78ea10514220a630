import { and, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST as importCampaignCsv } from "@/app/v1/campaigns/[id]/leads/import/csv/route";
import { campaignLeads, imports, leads, workspaces } from "@/db/schema";
import { leadApi } from "@/server/testing/api-client";
import { callRoute } from "@/server/testing/call-route";
import { campaignApi } from "@/server/testing/campaign-api-client";
import { importsApi } from "@/server/testing/imports-api-client";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { withTestDatabase } from "@/server/testing/with-test-database";

const database = withTestDatabase();

async function setUp(options: { contactLimit?: number } = {}) {
  const workspace = await createTestWorkspace(database.current.db, options);
  const history = importsApi(workspace.key);
  /** The id of the workspace's newest import. */
  const lastImportId = async () =>
    (await history.list("?limit=1")).json.data.imports[0].id as string;
  return {
    ...workspace,
    leads: leadApi(workspace.key),
    campaigns: campaignApi(workspace.key),
    history,
    lastImportId,
  };
}

/** Every stored column of these leads, by id: what "back to its old values" is checked against. */
async function leadRows(workspaceId: string, ids: string[]) {
  const rows = await database.current.db
    .select()
    .from(leads)
    .where(and(eq(leads.workspaceId, workspaceId), inArray(leads.id, ids)));
  return new Map(rows.map((row) => [row.id, row]));
}

function richLead(index: number) {
  return {
    email: `lead${index}@undo.example.com`,
    firstName: `First${index}`,
    lastName: "Original",
    companyName: "Old Co",
    jobTitle: "Engineer",
    phone: "+14155550100",
    city: "Boston",
    tags: ["existing", `t${index}`],
    customFields: { industry: "Retail", keep: `k${index}` },
  };
}

describe("POST /v1/imports/{id}/undo", () => {
  it("deletes the 100 leads an import created and gives the 20 it updated their old values back, field by field", async () => {
    const ws = await setUp();
    const first = await ws.leads.bulk({ leads: Array.from({ length: 20 }, (_, i) => richLead(i)) });
    const updatedIds = first.json.data.importedLeadIds as string[];
    const before = await leadRows(ws.workspaceId, updatedIds);

    const changed = Array.from({ length: 20 }, (_, i) => ({
      email: `LEAD${i}@undo.example.com`,
      firstName: `Changed${i}`,
      jobTitle: "Director",
      notes: "new notes",
      emailStatus: "valid",
      tags: ["imported-again"],
      customFields: { industry: "Software", added: "yes" },
    }));
    const fresh = Array.from({ length: 100 }, (_, i) => ({ email: `new${i}@undo.example.com` }));
    const second = await ws.leads.bulk({
      leads: [...changed, ...fresh],
      skipDuplicates: false,
      tag: "q3",
    });
    expect(second.json.data).toMatchObject({ imported: 100, updated: 20 });
    const createdIds = second.json.data.importedLeadIds as string[];
    const importId = await ws.lastImportId();

    const undo = await ws.history.undo(importId);
    expect(undo.status).toBe(200);
    expect(undo.json.data).toEqual({
      importId,
      dryRun: false,
      forced: false,
      counts: {
        deleted: 100,
        deletedAgain: 0,
        reverted: 20,
        membershipsRemoved: 0,
        conflicts: 0,
        overridden: 0,
      },
      conflicts: [],
    });

    const created = await leadRows(ws.workspaceId, createdIds);
    expect([...created.values()].every((lead) => lead.deletedAt !== null)).toBe(true);
    expect((await ws.leads.get(createdIds[0] as string)).status).toBe(404);
    const after = await leadRows(ws.workspaceId, updatedIds);
    for (const id of updatedIds) {
      // Every column, the custom fields, the tags (in their order) and updated_at included.
      expect(after.get(id)).toEqual(before.get(id));
    }
    const record = await ws.history.get(importId);
    expect(record.json.data).toMatchObject({
      status: "undone",
      undoableUntil: null,
      undo: { forced: false, counts: { deleted: 100, reverted: 20 } },
    });
  });

  it("changes nothing after an import that only skipped leads", async () => {
    const ws = await setUp();
    const first = await ws.leads.bulk({ leads: [richLead(1), richLead(2)] });
    const ids = first.json.data.importedLeadIds as string[];
    const before = await leadRows(ws.workspaceId, ids);
    const again = await ws.leads.bulk({ leads: [richLead(1), { ...richLead(2), firstName: "X" }] });
    expect(again.json.data).toMatchObject({ imported: 0, skipped: 2 });

    const undo = await ws.history.undo(await ws.lastImportId());
    expect(undo.json.data.counts).toEqual({
      deleted: 0,
      deletedAgain: 0,
      reverted: 0,
      membershipsRemoved: 0,
      conflicts: 0,
      overridden: 0,
    });
    expect(await leadRows(ws.workspaceId, ids)).toEqual(before);
  });

  it("takes back the tag a skipping import added to the leads it matched", async () => {
    const ws = await setUp();
    const first = await ws.leads.bulk({ leads: [richLead(1)] });
    const [id] = first.json.data.importedLeadIds as string[];
    const before = await leadRows(ws.workspaceId, [id as string]);
    await ws.leads.bulk({ leads: [richLead(1)], tag: "webinar" });
    expect((await ws.leads.get(id as string)).json.data.tags).toEqual([
      "existing",
      "t1",
      "webinar",
    ]);

    const undo = await ws.history.undo(await ws.lastImportId());
    expect(undo.json.data.counts).toMatchObject({ reverted: 1, conflicts: 0 });
    expect(await leadRows(ws.workspaceId, [id as string])).toEqual(before);
  });

  it("deletes again the leads an import restored, with the values they had while deleted", async () => {
    const ws = await setUp();
    const first = await ws.leads.bulk({ leads: [richLead(1), richLead(2), richLead(3)] });
    const [kept, gone] = first.json.data.importedLeadIds as string[];
    await ws.leads.remove(gone as string);
    const deleted = await leadRows(ws.workspaceId, [gone as string]);

    const restore = await ws.leads.bulkImport({
      leads: [{ ...richLead(2), firstName: "Back" }, { email: "brand-new@undo.example.com" }],
    });
    expect(restore.json.data).toMatchObject({ created: 1, restored: 1 });
    expect((await ws.leads.get(gone as string)).json.data.firstName).toBe("Back");

    const undo = await ws.history.undo(await ws.lastImportId());
    expect(undo.json.data.counts).toMatchObject({ deleted: 1, deletedAgain: 1, conflicts: 0 });
    expect((await ws.leads.get(gone as string)).status).toBe(404);
    expect(await leadRows(ws.workspaceId, [gone as string])).toEqual(deleted);
    expect((await ws.leads.get(kept as string)).status).toBe(200);
  });

  it("removes the campaign memberships an import added, and only those", async () => {
    const ws = await setUp();
    const campaign = (await ws.campaigns.create({ name: "Q3", status: "active" })).json.data;
    const first = await ws.leads.bulk({ leads: [richLead(1), richLead(2)] });
    const [member, joining] = first.json.data.importedLeadIds as string[];
    await ws.campaigns.addLeads(campaign.id, { leads: [{ leadId: member }] });

    const add = await ws.campaigns.addLeads(campaign.id, {
      leads: [{ leadId: member }, { leadId: joining }, { email: "joins-new@undo.example.com" }],
    });
    expect(add.json.data).toEqual({ added: 2, skipped: 1 });
    const addImportId = await ws.lastImportId();
    const form = new FormData();
    form.append("file", new Blob(["Email\ncsv-new@undo.example.com\n"]), "q3.csv");
    const csv = await callRoute(importCampaignCsv, {
      path: `/v1/campaigns/${campaign.id}/leads/import/csv`,
      headers: { "X-Api-Key": ws.key },
      params: { id: campaign.id },
      body: form,
    });
    expect(csv.json.data.campaign).toEqual({ added: 1, skipped: 0 });
    const csvImportId = await ws.lastImportId();

    const undoCsv = await ws.history.undo(csvImportId);
    expect(undoCsv.json.data.counts).toMatchObject({ deleted: 1, membershipsRemoved: 1 });
    const undoAdd = await ws.history.undo(addImportId);
    expect(undoAdd.json.data.counts).toMatchObject({ deleted: 1, membershipsRemoved: 2 });
    const members = await database.current.db
      .select({ leadId: campaignLeads.leadId })
      .from(campaignLeads)
      .where(eq(campaignLeads.campaignId, campaign.id));
    expect(members).toEqual([{ leadId: member }]);
  });

  it("reports a lead edited after the import as a conflict and keeps it, listing what undo would set", async () => {
    const ws = await setUp();
    const first = await ws.leads.bulk({ leads: [richLead(1), richLead(2)] });
    const [edited, untouched] = first.json.data.importedLeadIds as string[];
    await ws.leads.bulk({
      leads: [
        { email: "lead1@undo.example.com", firstName: "Imported" },
        { email: "lead2@undo.example.com", firstName: "Imported" },
      ],
      skipDuplicates: false,
    });
    const importId = await ws.lastImportId();
    await ws.leads.patch(edited as string, { jobTitle: "Edited by hand" });

    const preview = await ws.history.undo(importId, { dryRun: true });
    expect(preview.json.data).toMatchObject({
      dryRun: true,
      counts: { reverted: 1, conflicts: 1, overridden: 0 },
      conflicts: [
        {
          leadId: edited,
          email: "lead1@undo.example.com",
          action: "revert",
          reason: "edited",
          changes: { firstName: { from: "Imported", to: "First1" } },
        },
      ],
    });
    const undo = await ws.history.undo(importId);
    expect(undo.json.data.counts).toMatchObject({ reverted: 1, conflicts: 1, overridden: 0 });
    const after = await leadRows(ws.workspaceId, [edited as string, untouched as string]);
    expect(after.get(edited as string)).toMatchObject({
      firstName: "Imported",
      jobTitle: "Edited by hand",
    });
    expect(after.get(untouched as string)).toMatchObject({ firstName: "First2" });
  });

  it("with force, undoes a conflicting lead too, keeping the later edit of a field the import left alone", async () => {
    const ws = await setUp();
    const first = await ws.leads.bulk({ leads: [richLead(1)] });
    const [id] = first.json.data.importedLeadIds as string[];
    await ws.leads.bulk({
      leads: [{ email: "lead1@undo.example.com", firstName: "Imported" }],
      skipDuplicates: false,
    });
    const importId = await ws.lastImportId();
    await ws.leads.patch(id as string, { jobTitle: "Edited by hand" });

    const undo = await ws.history.undo(importId, { force: true });
    expect(undo.json.data).toMatchObject({
      forced: true,
      counts: { reverted: 1, conflicts: 1, overridden: 1 },
    });
    expect((await ws.leads.get(id as string)).json.data).toMatchObject({
      firstName: "First1",
      jobTitle: "Edited by hand",
    });
  });

  it("refuses a second undo, also when two arrive at once", async () => {
    const ws = await setUp();
    await ws.leads.bulk({ leads: [richLead(1)] });
    const once = await ws.lastImportId();
    expect((await ws.history.undo(once)).status).toBe(200);
    const again = await ws.history.undo(once);
    expect(again.status).toBe(409);
    expect(again.json.error).toEqual({
      code: "CONFLICT",
      message: "This import has already been undone",
    });

    await ws.leads.bulk({ leads: [richLead(2)] });
    const raced = await ws.lastImportId();
    const answers = await Promise.all([ws.history.undo(raced), ws.history.undo(raced)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
  });

  it("answers another workspace's import as not found, exactly like a made-up id", async () => {
    const mine = await setUp();
    const theirs = await setUp();
    await theirs.leads.bulk({ leads: [richLead(1)] });
    const theirImport = await theirs.lastImportId();
    for (const id of [theirImport, "no-such-import"]) {
      for (const response of [await mine.history.undo(id), await mine.history.get(id)]) {
        expect(response.status).toBe(404);
        expect(response.json.error).toEqual({ code: "NOT_FOUND", message: "Import not found" });
      }
    }
    expect((await mine.history.list()).json.data.imports).toEqual([]);
    expect((await theirs.history.get(theirImport)).json.data.status).toBe("finished");
  });

  it("previews exactly what the undo then does, writing nothing", async () => {
    const ws = await setUp();
    const first = await ws.leads.bulk({ leads: [richLead(1)] });
    const ids = first.json.data.importedLeadIds as string[];
    const second = await ws.leads.bulk({
      leads: [{ ...richLead(1), firstName: "Changed" }, richLead(2), richLead(3)],
      skipDuplicates: false,
    });
    const importId = await ws.lastImportId();
    const allIds = [...ids, ...(second.json.data.importedLeadIds as string[])];
    const before = await leadRows(ws.workspaceId, allIds);

    const preview = await ws.history.undo(importId, { dryRun: true });
    expect(await leadRows(ws.workspaceId, allIds)).toEqual(before);
    expect((await ws.history.get(importId)).json.data).toMatchObject({
      status: "finished",
      undo: null,
    });
    const undo = await ws.history.undo(importId);
    expect(undo.json.data).toEqual({ ...preview.json.data, dryRun: false });
    expect(preview.json.data.counts).toMatchObject({ deleted: 2, reverted: 1 });
  });

  it("undoes a later import and then an earlier one with no conflict, back to the first values", async () => {
    const ws = await setUp();
    const first = await ws.leads.bulk({ leads: [richLead(1)] });
    const [id] = first.json.data.importedLeadIds as string[];
    const original = await leadRows(ws.workspaceId, [id as string]);
    const update = (firstName: string) =>
      ws.leads.bulk({
        leads: [{ email: "lead1@undo.example.com", firstName }],
        skipDuplicates: false,
      });
    await update("Second");
    const secondImport = await ws.lastImportId();
    await update("Third");
    const thirdImport = await ws.lastImportId();

    const earlierFirst = await ws.history.undo(secondImport, { dryRun: true });
    expect(earlierFirst.json.data.conflicts).toMatchObject([{ reason: "later-import" }]);
    expect((await ws.history.undo(thirdImport)).json.data.counts.conflicts).toBe(0);
    expect((await ws.history.undo(secondImport)).json.data.counts).toMatchObject({
      reverted: 1,
      conflicts: 0,
    });
    expect(await leadRows(ws.workspaceId, [id as string])).toEqual(original);
  });

  it("refuses an import past the workspace's undo window with a clear 409", async () => {
    const ws = await setUp();
    await ws.leads.bulk({ leads: [richLead(1)] });
    const importId = await ws.lastImportId();
    const db = database.current.db;
    await db.update(workspaces).set({ undoWindowDays: 7 }).where(eq(workspaces.id, ws.workspaceId));
    await db
      .update(imports)
      .set({ startedAt: sql`now() - interval '8 days'` })
      .where(eq(imports.id, importId));
    const undo = await ws.history.undo(importId);
    expect(undo.status).toBe(409);
    expect(undo.json.error.code).toBe("CONFLICT");
    expect(undo.json.error.message).toMatch(/more than 7 days ago: it can no longer be undone$/);
  });

  it("undoes in a workspace at its contact limit: undo never brings a deleted lead back", async () => {
    const ws = await setUp({ contactLimit: 2 });
    await ws.leads.bulk({ leads: [richLead(1), richLead(2)] });
    const undo = await ws.history.undo(await ws.lastImportId());
    expect(undo.status).toBe(200);
    expect(undo.json.data.counts.deleted).toBe(2);
  });
});

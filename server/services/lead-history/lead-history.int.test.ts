import { describe, expect, it } from "vitest";
import { leadInputSchema } from "@/lib/schemas/lead";
import { createApiKey } from "@/server/services/api-keys/create-api-key";
import { undoImport } from "@/server/services/imports/undo-import";
import { deleteLeads } from "@/server/services/leads/delete-leads";
import { tagLeads } from "@/server/services/leads/tag-leads";
import { updateLead } from "@/server/services/leads/update-lead";
import { leadApi } from "@/server/testing/api-client";
import { createTestMember, createTestWorkspace } from "@/server/testing/test-workspace";
import { withTestDatabase } from "@/server/testing/with-test-database";
import { listLeadHistory } from "./list-lead-history";

const database = withTestDatabase();

async function setUp() {
  const { workspaceId } = await createTestWorkspace(database.current.db);
  const { key } = await createApiKey({
    db: database.current.db,
    input: { kind: "workspace", workspaceId, name: "CRM sync" },
  });
  const api = leadApi(key);
  const { json } = await api.bulk({
    leads: [{ email: "ada@history.example.com", firstName: "Ada", industry: "Computing" }],
  });
  const leadId = json.data.importedLeadIds[0] as string;
  const member = await createTestMember(database.current.db, workspaceId);
  const ctx = {
    ...database.context(workspaceId),
    actor: { userId: member.user.id, apiKeyId: null },
  };
  return { api, leadId, ctx, member };
}

describe("a lead's history", () => {
  it("starts with its creation and the import that wrote it", async () => {
    const { leadId, ctx } = await setUp();
    const history = await listLeadHistory({ ctx, leadId });
    expect(history.map((entry) => entry.kind)).toEqual(["import", "created"]);
    expect(history[0]).toMatchObject({
      kind: "import",
      door: "bulk",
      status: "finished",
      change: "created",
    });
  });

  it("records an edit from the web app with what changed and who changed it", async () => {
    const { leadId, ctx, member } = await setUp();
    await updateLead({
      ctx,
      leadId,
      input: leadInputSchema.parse({
        firstName: "Augusta",
        lastName: "King",
        customFields: { industry: null },
      }),
    });
    await updateLead({ ctx, leadId, input: { firstName: "Augusta" } });
    const [edit, ...rest] = await listLeadHistory({ ctx, leadId });
    expect(edit).toMatchObject({
      kind: "edited",
      actor: member.email,
      details: {
        firstName: { from: "Ada", to: "Augusta" },
        lastName: { from: null, to: "King" },
        "custom:industry": { from: "Computing", to: null },
      },
    });
    expect(rest.map((entry) => entry.kind)).toEqual(["import", "created"]);
  });

  it("records a PATCH through the API under the key's name", async () => {
    const { api, leadId, ctx } = await setUp();
    expect((await api.patch(leadId, { jobTitle: "CTO" })).status).toBe(200);
    const [edit] = await listLeadHistory({ ctx, leadId });
    expect(edit).toMatchObject({
      kind: "edited",
      actor: "API key “CRM sync”",
      details: { jobTitle: { from: null, to: "CTO" } },
    });
  });

  it("records bulk tag changes, and a delete that an import later undid", async () => {
    const { api, leadId, ctx } = await setUp();
    const selection = { filters: { leadIds: [leadId] } };
    await tagLeads({ ctx, input: { selection, tag: "vip", action: "add" } });
    await tagLeads({ ctx, input: { selection, tag: "vip", action: "remove" } });
    await deleteLeads({ ctx, input: { selection } });
    await expect(listLeadHistory({ ctx, leadId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await api.bulkImport({ leads: [{ email: "ada@history.example.com" }] });
    const history = await listLeadHistory({ ctx, leadId });
    expect(history.map((entry) => entry.kind)).toEqual([
      "import",
      "deleted",
      "tag-removed",
      "tag-added",
      "import",
      "created",
    ]);
    expect(history[0]).toMatchObject({ door: "bulk-import", change: "restored" });
    expect(history[4]).toMatchObject({ door: "bulk", change: "created" });
  });

  it("names each import that wrote the lead with the fields it changed, and an undo", async () => {
    const { api, leadId, ctx } = await setUp();
    await api.bulk({
      leads: [{ email: "ada@history.example.com", jobTitle: "Countess", industry: "Maths" }],
      skipDuplicates: false,
    });
    const updates = await listLeadHistory({ ctx, leadId });
    expect(updates[0]).toMatchObject({
      kind: "import",
      change: "updated",
      fields: ["jobTitle", "custom:industry"],
    });
    await undoImport({
      ctx,
      importId: (updates[0] as { importId: string }).importId,
      input: { dryRun: false, force: false },
    });
    const history = await listLeadHistory({ ctx, leadId });
    expect(history.map((entry) => entry.kind)).toEqual(["import-undone", "import", "created"]);
    expect(history[0]).toMatchObject({ details: { change: "reverted" } });
  });

  it("is not found for another workspace's lead", async () => {
    const mine = await setUp();
    const theirs = await setUp();
    await expect(listLeadHistory({ ctx: mine.ctx, leadId: theirs.leadId })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Lead not found",
    });
  });
});

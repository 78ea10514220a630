import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { POST as importCampaignCsv } from "@/app/v1/campaigns/[id]/leads/import/csv/route";
import { POST as importCsv } from "@/app/v1/leads/import/csv/route";
import { leadApi } from "@/server/testing/api-client";
import { callRoute } from "@/server/testing/call-route";
import { campaignApi } from "@/server/testing/campaign-api-client";
import { importsApi } from "@/server/testing/imports-api-client";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { signedInMember } from "@/server/testing/trpc-caller";
import { withTestDatabase } from "@/server/testing/with-test-database";

const database = withTestDatabase();

async function setUp() {
  const workspace = await createTestWorkspace(database.current.db);
  const owner = await signedInMember(database.current.db, workspace.workspaceId);
  return {
    ...workspace,
    owner,
    leads: leadApi(workspace.key),
    campaigns: campaignApi(workspace.key),
    history: importsApi(workspace.key),
  };
}

type Workspace = Awaited<ReturnType<typeof setUp>>;

function uploadCsv(ws: Workspace, csv: string, path: string, params?: { id: string }) {
  const form = new FormData();
  form.append("file", new Blob([csv]), "contacts.csv");
  const handler = params ? importCampaignCsv : importCsv;
  return callRoute(handler as typeof importCsv, {
    path,
    headers: { "X-Api-Key": ws.key },
    body: form,
    params: params as never,
  });
}

/** One import through each door, oldest first. */
async function importThroughEveryDoor(ws: Workspace) {
  await ws.leads.bulk({ leads: [{ email: "bulk@history.example.com" }] });
  await ws.leads.bulkImport({ leads: [{ email: "bulk-import@history.example.com" }] });
  await uploadCsv(ws, "Email;Name\ncsv@history.example.com;Ada\n", "/v1/leads/import/csv");
  const campaign = (await ws.campaigns.create({ name: "Q3" })).json.data;
  await uploadCsv(ws, "Email\ncampaign-csv@history.example.com\n", "/", { id: campaign.id });
  await ws.campaigns.addLeads(campaign.id, { leads: [{ email: "add@history.example.com" }] });
  const { importId } = await ws.owner.trpc.imports.start({
    fileName: "wizard.csv",
    fileSize: 40,
    totalRows: 1,
    encoding: "utf-8",
    delimiter: ",",
    mapping: { Email: "email" },
    options: { skipDuplicates: true, dataCleanup: true },
  });
  await ws.owner.trpc.imports.chunk({
    importId,
    chunkIndex: 0,
    rowNumbers: [2],
    targets: ["email"],
    rows: [["wizard@history.example.com"]],
    options: { skipDuplicates: true, dataCleanup: true },
    dryRun: false,
  });
  await ws.owner.trpc.imports.finish({ importId, status: "finished" });
  return { campaign };
}

describe("GET /v1/imports", () => {
  it("lists every door's import newest first, with its source, who ran it and its counts", async () => {
    const ws = await setUp();
    const { campaign } = await importThroughEveryDoor(ws);
    const { json } = await ws.history.list();
    expect(json.data.nextCursor).toBeNull();
    expect(json.data.imports.map((run: { door: string }) => run.door)).toEqual([
      "wizard",
      "campaign-leads",
      "campaign-csv",
      "csv",
      "bulk-import",
      "bulk",
    ]);
    const [wizard, add, campaignCsv, csv] = json.data.imports;
    expect(wizard).toMatchObject({
      status: "finished",
      fileName: "wizard.csv",
      ranBy: { kind: "user", name: ws.owner.email },
      counts: { created: 1, updated: 0, skipped: 0, failed: 0 },
    });
    expect(add).toMatchObject({
      campaignId: campaign.id,
      ranBy: { kind: "apiKey", name: "test" },
      counts: { created: 1, campaignAdded: 1, campaignAlreadyMembers: 0 },
    });
    expect(campaignCsv).toMatchObject({ campaignId: campaign.id, counts: { campaignAdded: 1 } });
    expect(csv).toMatchObject({
      fileName: "contacts.csv",
      encoding: "utf-8",
      delimiter: ";",
      totalRows: 1,
      counts: { created: 1 },
    });
    expect(Date.parse(csv.undoableUntil) - Date.parse(csv.startedAt)).toBe(30 * 86_400_000);
    expect(csv.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("pages newest first with a cursor and filters by door and by status", async () => {
    const ws = await setUp();
    await importThroughEveryDoor(ws);
    const seen: string[] = [];
    let cursor = "";
    do {
      const page = (await ws.history.list(`?limit=4${cursor ? `&cursor=${cursor}` : ""}`)).json
        .data;
      seen.push(...page.imports.map((run: { id: string }) => run.id));
      cursor = page.nextCursor ?? "";
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);

    const csv = (await ws.history.list("?door=csv")).json.data.imports;
    expect(csv.map((run: { door: string }) => run.door)).toEqual(["csv"]);
    await ws.history.undo(csv[0].id);
    const undone = (await ws.history.list("?status=undone")).json.data.imports;
    expect(undone.map((run: { id: string }) => run.id)).toEqual([csv[0].id]);
    const refused = await ws.history.list("?door=fax");
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe("VALIDATION_ERROR");
  });
});

describe("GET /v1/imports/{id}", () => {
  it("shows the options and mapping used, and once undone, when and by whom", async () => {
    const ws = await setUp();
    await uploadCsv(ws, "E-mail,Firma\nada@history.example.com,Acme\n", "/v1/leads/import/csv");
    const [run] = (await ws.history.list()).json.data.imports;
    await ws.owner.trpc.imports.undo({ importId: run.id, dryRun: false, force: false });
    const { json } = await ws.history.get(run.id);
    expect(json.data).toMatchObject({
      id: run.id,
      door: "csv",
      status: "undone",
      options: { skipDuplicates: true, dataCleanup: true, restoreDeleted: true },
      mapping: { "E-mail": "email", Firma: "companyName" },
      errorMessage: null,
      undo: { by: { kind: "user", name: ws.owner.email }, forced: false, counts: { deleted: 1 } },
    });
  });
});

describe("GET /v1/imports/{id}/rows", () => {
  it("gives every row's outcome in order with its email, filtered and paged", async () => {
    const ws = await setUp();
    await ws.leads.bulk({ leads: [{ email: "old@history.example.com", firstName: "Old" }] });
    const csv = [
      "Email,Name",
      "new1@history.example.com,A",
      "not-an-email,B",
      "OLD@history.example.com,C",
      "new1@history.example.com,D",
      ",E",
      "new2@history.example.com,F",
    ].join("\n");
    await uploadCsv(ws, csv, "/v1/leads/import/csv");
    const [run] = (await ws.history.list()).json.data.imports;

    const all = (await ws.history.rows(run.id)).json.data;
    expect(all.nextAfter).toBeNull();
    expect(all.rows).toEqual([
      {
        row: 2,
        outcome: "created",
        email: "new1@history.example.com",
        leadId: expect.any(String),
        detail: null,
        edits: [],
      },
      {
        row: 3,
        outcome: "failed",
        email: "not-an-email",
        leadId: null,
        detail: "Invalid email format",
        edits: [],
      },
      {
        row: 4,
        outcome: "skipped",
        email: "old@history.example.com",
        leadId: expect.any(String),
        detail: "Already in the workspace",
        edits: [],
      },
      {
        row: 5,
        outcome: "repeated",
        email: "new1@history.example.com",
        leadId: null,
        detail: "Same email as row 2, which counts",
        edits: [],
      },
      {
        row: 6,
        outcome: "failed",
        email: null,
        leadId: null,
        detail: "Email is required",
        edits: [],
      },
      {
        row: 7,
        outcome: "created",
        email: "new2@history.example.com",
        leadId: expect.any(String),
        detail: null,
        edits: [],
      },
    ]);
    const failed = (await ws.history.rows(run.id, "?outcome=failed")).json.data.rows;
    expect(failed.map((row: { row: number }) => row.row)).toEqual([3, 6]);
    const first = (await ws.history.rows(run.id, "?limit=2")).json.data;
    expect(first.rows.map((row: { row: number }) => row.row)).toEqual([2, 3]);
    expect(first.nextAfter).toBe(3);
    const next = (await ws.history.rows(run.id, `?limit=2&after=${first.nextAfter}`)).json.data;
    expect(next.rows.map((row: { row: number }) => row.row)).toEqual([4, 5]);
  });
});

describe("the leads an import wrote", () => {
  it("are listed by the leads' importId filter, also once a later import wrote them", async () => {
    const ws = await setUp();
    await ws.leads.bulk({ leads: [{ email: "kept@history.example.com" }] });
    const [first] = (await ws.history.list()).json.data.imports;
    await ws.leads.bulk({
      leads: [
        { email: "kept@history.example.com", firstName: "Later" },
        { email: "x@history.example.com" },
      ],
      skipDuplicates: false,
    });
    const [second] = (await ws.history.list()).json.data.imports;
    const emailsOf = async (importId: string) =>
      (await ws.leads.list(`?importId=${importId}`)).json.data.leads.map(
        (lead: { email: string }) => lead.email,
      );
    expect(await emailsOf(first.id)).toEqual(["kept@history.example.com"]);
    expect((await emailsOf(second.id)).sort()).toEqual([
      "kept@history.example.com",
      "x@history.example.com",
    ]);
  });
});

describe("the undo window", () => {
  it("is set by an owner, not by a member", async () => {
    const ws = await setUp();
    await ws.owner.trpc.workspace.setUndoWindow({ days: 7 });
    expect(await ws.owner.trpc.workspace.undoWindow()).toEqual({ days: 7 });
    const member = await signedInMember(database.current.db, ws.workspaceId, { role: "member" });
    await expect(member.trpc.workspace.setUndoWindow({ days: 90 })).rejects.toSatisfy(
      (error) => error instanceof TRPCError && error.code === "FORBIDDEN",
    );
  });
});

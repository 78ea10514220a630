import { expect, test } from "@playwright/test";
import { trpcMutation, trpcQuery } from "../support/api";
import { createE2EMember, signIn, signInToNewWorkspace } from "../support/session";
import { createE2EWorkspace } from "../support/workspace";

const PRIVATE_PAGES = ["/", "/import", "/leads", "/leads?importId=x", "/campaigns", "/api-keys"];

test("private pages send anonymous visitors to the sign-in page", async ({ page }) => {
  for (const path of PRIVATE_PAGES) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/sign-in$/);
  }
  await expect(page.getByRole("heading", { name: "Sign in to Leadport" })).toBeVisible();
});

test("tRPC procedures answer UNAUTHORIZED to anonymous calls", async ({ page }) => {
  const calls = [
    trpcQuery(page.request, "leads.list", { limit: 10 }),
    trpcQuery(page.request, "imports.list"),
    trpcQuery(page.request, "imports.get", { importId: "x" }),
    trpcQuery(page.request, "imports.savedMapping", { headers: ["Email"] }),
    trpcQuery(page.request, "apiKeys.list"),
    trpcQuery(page.request, "campaigns.list", {}),
    trpcQuery(page.request, "workspace.current"),
    trpcMutation(page.request, "apiKeys.create", { name: "stolen" }),
    trpcMutation(page.request, "imports.start", {
      fileName: "x.csv",
      fileSize: 1,
      totalRows: 1,
      encoding: "utf-8",
      delimiter: ",",
      mapping: {},
      options: {},
    }),
    trpcMutation(page.request, "imports.chunk", {
      chunkIndex: 0,
      rowNumbers: [2],
      targets: ["email"],
      rows: [["a@b.co"]],
      options: {},
      dryRun: true,
    }),
  ];
  for (const response of await Promise.all(calls)) {
    expect(response.status(), response.url()).toBe(401);
    expect((await response.json()).error.data.code).toBe("UNAUTHORIZED");
  }
});

test("a session of one workspace cannot read or change another workspace's data", async ({
  page,
  browser,
}) => {
  // Workspace B: a lead, an import run and a campaign of its own.
  const b = await createE2EWorkspace({ name: "Workspace B" });
  const bMember = await createE2EMember(b.workspaceId);
  const bContext = await browser.newContext();
  const bPage = await bContext.newPage();
  await signIn(bPage, bMember);
  const secret = `b-secret-${Date.now()}@other.example.com`;
  const bLead = await bPage.request.post("/v1/leads", {
    headers: { "X-Api-Key": b.key },
    data: { email: secret, firstName: "Secret" },
  });
  expect(bLead.status()).toBe(201);
  const campaign = await bPage.request.post("/v1/campaigns", {
    headers: { "X-Api-Key": b.key },
    data: { name: "B's campaign" },
  });
  expect(campaign.status()).toBe(201);
  const started = await trpcMutation(bPage.request, "imports.start", {
    fileName: "b.csv",
    fileSize: 10,
    totalRows: 1,
    encoding: "utf-8",
    delimiter: ",",
    mapping: { Email: "email" },
    options: {},
  });
  const bImportId = (await started.json()).result.data.importId as string;
  await bContext.close();

  // Workspace A's session sees none of it, by any procedure.
  await signInToNewWorkspace(page, { name: "Workspace A" });
  const request = page.request;
  const leads = await (await trpcQuery(request, "leads.list", { search: secret })).json();
  expect(leads.result.data.leads).toEqual([]);
  const byImport = await (await trpcQuery(request, "leads.list", { importId: bImportId })).json();
  expect(byImport.result.data.leads).toEqual([]);
  const imports = await (await trpcQuery(request, "imports.list", {})).json();
  expect(imports.result.data.imports).toEqual([]);
  const campaigns = await (await trpcQuery(request, "campaigns.list", {})).json();
  expect(campaigns.result.data.campaigns).toEqual([]);
  const keys = await (await trpcQuery(request, "apiKeys.list")).json();
  expect(keys.result.data.map((key: { id: string }) => key.id)).not.toContain(b.keyId);

  const refused = [
    await trpcQuery(request, "imports.get", { importId: bImportId }),
    await trpcMutation(request, "imports.chunk", {
      importId: bImportId,
      chunkIndex: 0,
      rowNumbers: [2],
      targets: ["email"],
      rows: [["intruder@example.com"]],
      options: {},
    }),
    await trpcMutation(request, "imports.finish", { importId: bImportId, status: "canceled" }),
    await trpcMutation(request, "apiKeys.revoke", { keyId: b.keyId }),
  ];
  for (const response of refused) {
    expect(response.status(), response.url()).toBe(404);
    expect((await response.json()).error.data.code).toBe("NOT_FOUND");
  }
  const me = await request.get("/v1/me", { headers: { "X-Api-Key": b.key } });
  expect(me.status()).toBe(200);
  await page.goto(`/leads?importId=${bImportId}`);
  await expect(page.getByText("No leads match these filters.")).toBeVisible();
});

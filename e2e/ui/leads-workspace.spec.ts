import { expect, type Page, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { parseCsv } from "@/lib/csv/parse-csv";
import { queryE2EDatabase, seedLeadsByApi } from "../support/api";
import { signInToNewWorkspace } from "../support/session";
import { screenshot } from "../support/wizard";

/**
 * 130 leads: 75 at Berlin trade fairs (country DE, tag `fair`), 55 from the US. 75 is more
 * than one page of 50, so "everything matching" is more than what the page shows.
 */
function fairLeads() {
  return Array.from({ length: 130 }, (_, i) =>
    i < 75
      ? {
          email: `fair${i}@messe.example.de`,
          firstName: `Fair${i}`,
          lastName: "Visitor",
          companyName: `Messe ${i % 7}`,
          country: "DE",
          tags: ["fair"],
          Booth: `B${i}`,
        }
      : { email: `web${i}@example.com`, firstName: `Web${i}`, country: "US", tags: ["web"] },
  );
}

async function setUp(page: Page) {
  const workspace = await signInToNewWorkspace(page, { name: "Fair workspace" });
  await seedLeadsByApi(page.request, workspace.key, fairLeads());
  return workspace;
}

const leadsTable = (page: Page) => page.getByTestId("leads-table");
const filterBar = (page: Page) => page.getByRole("group", { name: "Filter leads" });

async function filterByCountry(page: Page, country: string) {
  await filterBar(page).getByLabel("Country").fill(country);
  await expect(page.getByTestId("lead-count")).toHaveText(/^75 leads match\.$/);
}

async function selectAllMatching(page: Page) {
  await page.getByLabel("Select the leads on this page").check();
  await page.getByRole("button", { name: "Select all 75 leads matching" }).click();
  await expect(page.getByText("All 75 leads matching are selected.")).toBeVisible();
}

test("filter, tag everything matching, and add everything matching to a new campaign", async ({
  page,
}) => {
  const { workspaceId } = await setUp(page);
  await page.goto("/leads");
  await expect(page.getByTestId("lead-count")).toHaveText("130 leads.");
  await filterByCountry(page, "DE");
  await expect(page).toHaveURL(/country=DE/);
  await expect(leadsTable(page).locator("tbody tr")).toHaveCount(50);

  await selectAllMatching(page);
  const bulk = page.getByRole("region", { name: "Bulk actions" });
  await expect(bulk).toContainText("75 leads selected");
  await bulk.getByLabel("Tag").fill("hot");
  await bulk.getByRole("button", { name: "Add tag" }).click();
  await expect(page.getByText("Tagged 75 leads “hot”.")).toBeVisible();
  const [tagged] = await queryE2EDatabase<{ hot: number; other: number }>(sql`
    select count(*) filter (where country = 'DE')::int as hot,
      count(*) filter (where country <> 'DE')::int as other
    from leads where workspace_id = ${workspaceId} and 'hot' = any(tags)`);
  expect(tagged).toEqual({ hot: 75, other: 0 });

  // The tag is a filter of its own now; everything it matches goes to a campaign made on the spot.
  await filterBar(page).getByLabel("Country").fill("");
  await filterBar(page).getByLabel("Tag").fill("hot");
  await expect(page.getByTestId("lead-count")).toHaveText("75 leads match.");
  await selectAllMatching(page);
  await bulk.getByLabel("Campaign").selectOption({ label: "New campaign…" });
  await bulk.getByLabel("New campaign name").fill("Fair follow-up");
  await bulk.getByRole("button", { name: "Add to campaign" }).click();
  await expect(page.getByText("Added 75 leads to “Fair follow-up”.")).toBeVisible();
  await screenshot(page, "leads-bulk");

  await page.goto("/campaigns");
  const row = page.getByTestId("campaigns-table").getByRole("row", { name: /Fair follow-up/ });
  await expect(row.getByRole("cell").nth(2)).toHaveText("75");
  await row.getByRole("link", { name: "Fair follow-up" }).click();
  await expect(page).toHaveTitle("Fair follow-up · Campaigns · Leadport");
  await expect(page.getByTestId("campaign-counts")).toContainText("75 leads · 75 pending");
  const [members] = await queryE2EDatabase<{ n: number }>(sql`
    select count(*)::int as n from campaign_leads cl join campaigns c
      on c.workspace_id = cl.workspace_id and c.id = cl.campaign_id
    where cl.workspace_id = ${workspaceId} and c.name = 'Fair follow-up'`);
  expect(members?.n).toBe(75);
});

test("edit a lead, delete it, and see it gone from the list and the campaign count", async ({
  page,
}) => {
  const { key } = await setUp(page);
  const created = await page.request.post("/v1/campaigns", {
    headers: { "X-Api-Key": key },
    data: { name: "Booth visitors", status: "active" },
  });
  const campaignId = (await created.json()).data.id as string;
  await page.request.post(`/v1/campaigns/${campaignId}/leads`, {
    headers: { "X-Api-Key": key },
    data: { filters: { search: "fair1" } },
  });

  await page.goto("/leads?q=fair10%40");
  await expect(page.getByTestId("lead-count")).toHaveText("1 lead matches.");
  await leadsTable(page).getByRole("link", { name: "fair10@messe.example.de" }).click();
  await expect(page).toHaveTitle("fair10@messe.example.de · Leads · Leadport");
  await expect(page.getByTestId("lead-campaigns")).toContainText("Booth visitors");

  await page.getByLabel("First name").fill("Franziska");
  await page.getByLabel("Job title").fill("Head of Sales");
  await page.getByLabel("Booth value").fill("");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Franziska Visitor");
  const history = page.getByTestId("lead-history");
  await expect(history).toContainText("First name: Fair10 → Franziska");
  await expect(history).toContainText("Job title: (empty) → Head of Sales");
  await expect(history).toContainText("Booth: B10 → (empty)");
  await screenshot(page, "lead-page");

  const campaignPage = `/campaigns/${campaignId}`;
  await page.goto(campaignPage);
  // fair1 and fair10…fair19 matched the search: 11 members.
  await expect(page.getByTestId("campaign-counts")).toContainText(
    "11 leads · 0 pending · 11 active",
  );
  await page.goBack();
  await page.getByRole("button", { name: "Delete lead" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page).toHaveURL(/\/leads$/);
  await expect(page.getByTestId("lead-count")).toHaveText("129 leads.");
  await filterBar(page).getByLabel("Search").fill("fair10@");
  await expect(page.getByText("No leads match these filters.")).toBeVisible();
  await page.goto(campaignPage);
  await expect(page.getByTestId("campaign-counts")).toContainText(
    "10 leads · 0 pending · 10 active",
  );
});

test("export a filtered set: the file's rows are the database's", async ({ page }) => {
  const { workspaceId } = await setUp(page);
  await page.goto("/leads?country=DE&q=messe+3");
  await expect(page.getByTestId("lead-count")).toHaveText("11 leads match.");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export 11 leads to CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^leads-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readAll(await file.createReadStream());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = parseCsv(bytes);
  const column = (name: string) => parsed.headers.indexOf(name);
  const exported = parsed.rows
    .map((cells) => ({
      email: cells[column("Email")],
      company: cells[column("Company")],
      booth: cells[column("Booth")],
    }))
    .sort(byEmail);
  const expected = await queryE2EDatabase<{ email: string; company: string; booth: string }>(sql`
    select email, company_name as company, custom_fields ->> 'Booth' as booth from leads
    where workspace_id = ${workspaceId} and deleted_at is null and country = 'DE'
      and (email_key ilike '%messe 3%' or first_name ilike '%messe 3%'
        or last_name ilike '%messe 3%' or company_name ilike '%messe 3%')
  `);
  expect(expected).toHaveLength(11);
  expect(exported).toEqual(expected.sort(byEmail));
});

function byEmail(a: { email?: string }, b: { email?: string }): number {
  return String(a.email).localeCompare(String(b.email));
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

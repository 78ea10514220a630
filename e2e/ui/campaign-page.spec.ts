import { expect, type Page, test } from "@playwright/test";
import { seedLeadsByApi } from "../support/api";
import { signInToNewWorkspace } from "../support/session";
import {
  csvFile,
  dropFile,
  goToMapping,
  goToOptions,
  importAndWait,
  screenshot,
} from "../support/wizard";

const counts = (page: Page) => page.getByTestId("campaign-counts");
const picker = (page: Page) => page.getByRole("region", { name: "Add leads" });

test("a campaign is created, renamed, fed by all three modes, trimmed, and fed a CSV through the wizard", async ({
  page,
}) => {
  const { key } = await signInToNewWorkspace(page, { name: "Campaign workspace" });
  await seedLeadsByApi(
    page.request,
    key,
    Array.from({ length: 8 }, (_, i) => ({
      email: `p${i}@pick.example.com`,
      firstName: `Pick${i}`,
      country: i < 3 ? "FR" : "ES",
    })),
  );
  await page.goto("/campaigns");
  await expect(page.getByText("No campaigns yet. Create one above")).toBeVisible();
  await page.getByLabel("Name").fill("Spring push");
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Spring push" })).toBeVisible();
  await expect(page.getByText("No leads in this campaign yet.")).toBeVisible();

  await page.getByRole("button", { name: "Rename" }).click();
  await page.getByLabel("Campaign name").fill("Spring push EU");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Spring push EU" })).toBeVisible();
  await page.getByLabel("Status", { exact: true }).selectOption("active");
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("active");

  // Mode 1: picked one by one.
  await picker(page).getByLabel("Select p7@pick.example.com").check();
  await picker(page).getByRole("button", { name: "Add 1 lead to this campaign" }).click();
  await expect(picker(page).getByText("Added 1 lead.")).toBeVisible();
  await expect(counts(page)).toContainText("1 lead · 0 pending · 1 active");

  // Mode 2: everything a filter matches.
  await picker(page).getByLabel("Country").fill("FR");
  await expect(picker(page).getByTestId("lead-count")).toHaveText("3 leads match.");
  await picker(page).getByLabel("Select the leads on this page").check();
  await picker(page).getByRole("button", { name: "Select all 3 leads matching" }).click();
  await picker(page).getByRole("button", { name: "Add 3 leads to this campaign" }).click();
  await expect(counts(page)).toContainText("4 leads");

  // Mode 3: every lead but those unticked; members already in are skipped.
  await picker(page).getByLabel("Country").fill("");
  await expect(picker(page).getByTestId("lead-count")).toHaveText("8 leads.");
  await picker(page).getByLabel("Select the leads on this page").check();
  await picker(page).getByRole("button", { name: "Select all 8 leads" }).click();
  await picker(page).getByLabel("Select p3@pick.example.com").uncheck();
  await expect(picker(page).getByText("7 of 8 leads selected.")).toBeVisible();
  await picker(page).getByRole("button", { name: "Add 7 leads to this campaign" }).click();
  await expect(picker(page).getByText("Added 3 leads. 4 were already in it.")).toBeVisible();
  await expect(counts(page)).toContainText("7 leads");
  await screenshot(page, "campaign-page");

  const members = page.getByTestId("campaign-members");
  await members.getByLabel("Select p0@pick.example.com").check();
  await members.getByLabel("Select p1@pick.example.com").check();
  await page.getByRole("button", { name: "Remove 2 leads from the campaign" }).click();
  await expect(counts(page)).toContainText("5 leads");
  await expect(members).not.toContainText("p0@pick.example.com");

  await page.getByRole("link", { name: "Import a CSV into this campaign" }).click();
  await dropFile(
    page,
    csvFile(
      "booth.csv",
      "Email,First Name\nnew1@booth.example.com,Nia\nnew2@booth.example.com,Noor\n",
    ),
  );
  await goToMapping(page);
  await goToOptions(page);
  await expect(page.getByLabel("Add to campaign")).toHaveValue(/.+/);
  await importAndWait(page);
  await page.goto("/campaigns");
  const row = page.getByTestId("campaigns-table").getByRole("row", { name: /Spring push EU/ });
  await expect(row.getByRole("cell").nth(2)).toHaveText("7");

  await row.getByRole("link", { name: "Spring push EU" }).click();
  await page.getByRole("button", { name: "Delete campaign" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page).toHaveURL(/\/campaigns$/);
  await expect(page.getByText("No campaigns yet.")).toBeVisible();
  await page.goto("/leads");
  await expect(page.getByTestId("lead-count")).toHaveText("10 leads.");
});

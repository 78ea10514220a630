import { expect, test } from "@playwright/test";
import { signInToNewWorkspace } from "../support/session";
import {
  csvFile,
  dropFile,
  goToMapping,
  goToOptions,
  importAndWait,
  screenshot,
} from "../support/wizard";

test("an API key is shown once with a copy button, listed by prefix, and revoked after a confirm", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signInToNewWorkspace(page);
  await page.goto("/api-keys");
  await page.getByLabel("Name").fill("Zapier");
  await page.getByRole("button", { name: "Create key" }).click();

  const reveal = page.getByTestId("new-api-key");
  await expect(reveal).toBeFocused();
  const key = (await reveal.locator("code").textContent()) ?? "";
  expect(key).toMatch(/^sk_/);
  await page.getByRole("button", { name: "Copy key" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
  expect((await page.request.get("/v1/me", { headers: { "X-Api-Key": key } })).status()).toBe(200);

  const row = page.getByTestId("api-keys-table").getByRole("row", { name: /Zapier/ });
  await expect(row).toContainText(key.slice(0, 8));
  await expect(row).not.toContainText(key);
  await screenshot(page, "api-keys");

  await page.getByRole("button", { name: "I have stored it, hide the key" }).click();
  await expect(page.getByTestId("new-api-key")).toHaveCount(0);
  await row.getByRole("button", { name: "Revoke Zapier" }).click();
  await expect(row.getByRole("button", { name: "Yes, revoke" })).toBeFocused();
  await screenshot(page, "api-keys-revoke-confirm");
  await row.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(row).toContainText("Revoked");
  expect((await page.request.get("/v1/me", { headers: { "X-Api-Key": key } })).status()).toBe(401);
});

test("the campaigns page lists name, status and member counts", async ({ page }) => {
  const { key } = await signInToNewWorkspace(page);
  const created = await page.request.post("/v1/campaigns", {
    headers: { "X-Api-Key": key },
    data: { name: "Q3 founders outreach", status: "active" },
  });
  const campaignId = (await created.json()).data.id as string;
  const added = await page.request.post(`/v1/campaigns/${campaignId}/leads`, {
    headers: { "X-Api-Key": key },
    data: {
      leads: [{ email: "first@founders.example.com" }, { email: "second@founders.example.com" }],
    },
  });
  expect(added.ok(), await added.text()).toBe(true);

  await page.goto("/campaigns");
  const row = page
    .getByTestId("campaigns-table")
    .getByRole("row", { name: /Q3 founders outreach/ });
  await expect(row).toContainText("active");
  await expect(row.getByRole("cell").nth(2)).toHaveText("2");
  await screenshot(page, "campaigns");
});

test("the leads page searches, filters by import and pages through results", async ({ page }) => {
  await signInToNewWorkspace(page);
  const rows = Array.from(
    { length: 60 },
    (_, i) => `person${i}@pages.example.com,Person,${i},Pages Co`,
  );
  await page.goto("/import");
  await dropFile(
    page,
    csvFile("sixty.csv", `Email,First Name,Last Name,Company\n${rows.join("\n")}\n`),
  );
  await goToMapping(page);
  await goToOptions(page);
  await importAndWait(page);
  await page.goto("/import");
  await dropFile(page, csvFile("one.csv", "Email,First Name\nsolo@elsewhere.example.com,Solo\n"));
  await goToMapping(page);
  await goToOptions(page);
  await importAndWait(page);

  await page.goto("/leads");
  const table = page.getByTestId("leads-table");
  await expect(table.locator("tbody tr")).toHaveCount(50);
  await page
    .getByRole("navigation", { name: "Lead pages" })
    .getByRole("button", { name: "Next" })
    .click();
  await expect(table.locator("tbody tr")).toHaveCount(11);

  await page.getByLabel("Search").fill("solo@");
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await expect(table).toContainText("solo@elsewhere.example.com");
  await page.getByLabel("Search").fill("");

  const importFilter = page.getByLabel("Import", { exact: true });
  const sixty = await importFilter
    .locator("option", { hasText: "sixty.csv" })
    .getAttribute("value");
  await importFilter.selectOption(sixty ?? "");
  await expect(page).toHaveURL(/importId=/);
  await expect(table.locator("tbody tr")).toHaveCount(50);
  await expect(table).not.toContainText("solo@elsewhere.example.com");
  await screenshot(page, "leads-filtered");
});

import { expect, test } from "@playwright/test";
import { signInToNewWorkspace } from "../support/session";
import { createE2EWorkspace } from "../support/workspace";

test("the app has an icon: /favicon.ico and /icon.svg are served, and pages link one", async ({
  page,
}) => {
  const ico = await page.request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect([...(await ico.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  const svg = await page.request.get("/icon.svg");
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  await page.goto("/sign-in");
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /\.(ico|svg)/);
});

test("every page has a title of its own", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page).toHaveTitle("Sign in · Leadport");
  await page.goto("/invite/not-a-real-token");
  await expect(page).toHaveTitle("Join a workspace · Leadport");
  await expect(page.getByText("This invite link is not valid")).toBeVisible();
  const { key } = await signInToNewWorkspace(page);
  const titles: Record<string, string> = {
    "/": "Leadport",
    "/import": "Import leads · Leadport",
    "/leads": "Leads · Leadport",
    "/campaigns": "Campaigns · Leadport",
    "/team": "Team · Leadport",
    "/api-keys": "API keys · Leadport",
    "/docs/api": "API reference · Leadport",
    "/leads/made-up-id": "Not found · Leadport",
  };
  for (const [path, title] of Object.entries(titles)) {
    await page.goto(path);
    await expect(page, path).toHaveTitle(title);
  }
  const lead = await page.request.post("/v1/leads", {
    headers: { "X-Api-Key": key },
    data: { email: "titled@example.com" },
  });
  await page.goto(`/leads/${(await lead.json()).data.id}`);
  await expect(page).toHaveTitle("titled@example.com · Leads · Leadport");
});

test("empty pages say what to do next in the web app, and counts read right", async ({ page }) => {
  const { key } = await signInToNewWorkspace(page);
  await page.goto("/campaigns");
  await expect(page.getByText("No campaigns yet. Create one above")).toBeVisible();
  await expect(page.getByText("POST /v1/campaigns")).toHaveCount(0);
  await page.goto("/leads");
  await expect(page.getByRole("link", { name: "Import a CSV" })).toBeVisible();

  await page.request.post("/v1/leads", {
    headers: { "X-Api-Key": key },
    data: { email: "only@example.com" },
  });
  await page.reload();
  await expect(page.getByTestId("lead-count")).toHaveText("1 lead.");
  await page.getByLabel("Select only@example.com").check();
  await expect(page.getByRole("region", { name: "Bulk actions" })).toContainText("1 lead selected");
  await expect(page.getByRole("button", { name: "Export 1 lead to CSV" })).toBeVisible();
});

test("another workspace's lead and campaign pages are not found, exactly like made-up ids", async ({
  page,
}) => {
  const other = await createE2EWorkspace({ name: "Someone else" });
  const lead = await page.request.post("/v1/leads", {
    headers: { "X-Api-Key": other.key },
    data: { email: "not-yours@example.com" },
  });
  const campaign = await page.request.post("/v1/campaigns", {
    headers: { "X-Api-Key": other.key },
    data: { name: "Not yours" },
  });
  await signInToNewWorkspace(page);
  for (const path of [
    `/leads/${(await lead.json()).data.id}`,
    `/campaigns/${(await campaign.json()).data.id}`,
    "/campaigns/made-up-id",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(page.getByText("not-yours@example.com")).toHaveCount(0);
  }
});

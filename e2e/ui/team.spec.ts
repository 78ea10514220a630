import { type Browser, expect, type Page, test } from "@playwright/test";
import { seedLeadsByApi, trpcMutation, trpcQuery } from "../support/api";
import { signInToNewWorkspace } from "../support/session";
import { screenshot } from "../support/wizard";

/** The owner invites an address on the Team page; the link shown to copy. */
async function inviteFromTeamPage(page: Page, email: string, role = "member") {
  await page.goto("/team");
  await expect(page).toHaveTitle("Team · Leadport");
  const form = page.getByRole("region", { name: "Invite a teammate" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption(role);
  await form.getByRole("button", { name: "Create invite link" }).click();
  const reveal = page.getByTestId("invite-link");
  await expect(reveal).toBeFocused();
  return (await reveal.locator("code").textContent()) ?? "";
}

/** Someone opens the link in a browser of their own. */
async function openInvite(browser: Browser, link: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  return { context, page };
}

test("an invited teammate joins, sees the same leads, and cannot manage keys or members; removed, their session stops working", async ({
  page,
  browser,
}) => {
  const owner = await signInToNewWorkspace(page, { name: "Sales team" });
  await seedLeadsByApi(page.request, owner.key, [
    { email: "shared-1@prospect.example.com", firstName: "Shared" },
    { email: "shared-2@prospect.example.com" },
    { email: "shared-3@prospect.example.com" },
  ]);
  const email = `sdr-${crypto.randomUUID()}@example.com`;
  const link = await inviteFromTeamPage(page, email);
  expect(link).toMatch(/\/invite\/[\w-]{40,}$/);
  await expect(page.getByTestId("team-invites")).toContainText(email);
  await screenshot(page, "team-invite");

  const sdr = await openInvite(browser, link);
  await expect(sdr.page).toHaveTitle("Join a workspace · Leadport");
  await expect(sdr.page.getByRole("heading", { name: "Join Sales team" })).toBeVisible();
  await sdr.page.getByLabel("Your name").fill("Sam Rivera");
  await sdr.page.getByLabel("Password").fill("sdr password 42");
  await sdr.page.getByRole("button", { name: "Create account and join" }).click();
  await expect(sdr.page.getByTestId("workspace-name")).toContainText("Sales team");

  await sdr.page.goto("/leads");
  await expect(sdr.page.getByTestId("lead-count")).toHaveText("3 leads.");
  await expect(sdr.page.getByTestId("leads-table")).toContainText("shared-1@prospect.example.com");

  await sdr.page.goto("/api-keys");
  await expect(
    sdr.page.getByText("Only the workspace's owners create and revoke API keys."),
  ).toBeVisible();
  await expect(sdr.page.getByRole("button", { name: "Create key" })).toHaveCount(0);
  await sdr.page.goto("/team");
  await expect(
    sdr.page.getByText("Only the workspace's owners invite and remove teammates."),
  ).toBeVisible();
  await expect(sdr.page.getByTestId("team-members")).toContainText(email);
  await expect(sdr.page.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  for (const response of [
    await trpcMutation(sdr.page.request, "apiKeys.create", { name: "mine" }),
    await trpcQuery(sdr.page.request, "apiKeys.list"),
    await trpcMutation(sdr.page.request, "team.invite", { email: "x@example.com", role: "owner" }),
    await trpcMutation(sdr.page.request, "team.removeMember", { userId: owner.member.user.id }),
  ]) {
    expect(response.status(), response.url()).toBe(403);
  }

  // The link worked once.
  const again = await openInvite(browser, link);
  await expect(again.page.getByText("This invite link has already been used.")).toBeVisible();
  await again.context.close();

  await page.goto("/team");
  const row = page.getByTestId("team-members").getByRole("row", { name: new RegExp(email) });
  await row.getByRole("button", { name: `Remove ${email}` }).click();
  await row.getByRole("button", { name: "Yes, remove" }).click();
  await expect(page.getByTestId("team-members")).not.toContainText(email);

  const refused = await trpcQuery(sdr.page.request, "leads.list", { limit: 10 });
  expect(refused.status()).toBe(401);
  await sdr.page.goto("/leads");
  await expect(sdr.page).toHaveURL(/\/sign-in$/);
  await sdr.context.close();
});

test("someone in two workspaces switches between them in the top bar, and the session keeps the choice", async ({
  page,
  browser,
}) => {
  const first = await signInToNewWorkspace(page, { name: "First team" });
  await seedLeadsByApi(page.request, first.key, [{ email: "only-in-first@example.com" }]);
  const second = await browser.newContext();
  const secondOwner = await signInToNewWorkspace(await second.newPage(), { name: "Second team" });
  await seedLeadsByApi(page.request, secondOwner.key, [
    { email: "only-in-second@example.com" },
    { email: "also-in-second@example.com" },
  ]);
  const ownerPage = second.pages()[0] as Page;
  const link = await inviteFromTeamPage(ownerPage, first.member.email, "owner");
  await second.close();

  await page.goto(link);
  await expect(page.getByText("You already have a Leadport account")).toBeVisible();
  await page.getByLabel("Password").fill(first.member.password);
  await page.getByRole("button", { name: "Sign in and join" }).click();
  const switcher = page.getByTestId("workspace-switcher");
  await expect(switcher).toHaveValue(secondOwner.workspaceId);

  await page.goto("/leads");
  await expect(page.getByTestId("lead-count")).toHaveText("2 leads.");
  await switcher.selectOption({ label: "First team" });
  await expect(page.getByTestId("lead-count")).toHaveText("1 lead.");
  await expect(page.getByTestId("leads-table")).toContainText("only-in-first@example.com");

  const laterTab = await page.context().newPage();
  await laterTab.goto("/leads");
  await expect(laterTab.getByTestId("workspace-switcher")).toHaveValue(first.workspaceId);
  await expect(laterTab.getByTestId("lead-count")).toHaveText("1 lead.");
});

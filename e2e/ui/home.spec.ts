import { expect, test } from "@playwright/test";
import { createE2EMember } from "../support/session";
import { createE2EWorkspace } from "../support/workspace";

test("signing in through the form opens the home page with the workspace and every area", async ({
  page,
}) => {
  const { workspaceId } = await createE2EWorkspace({ name: "Home workspace" });
  const member = await createE2EMember(workspaceId);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password").fill(member.password);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page.getByTestId("workspace-name")).toContainText("Home workspace");
  for (const name of ["Import", "Leads", "Campaigns", "API keys"]) {
    await expect(page.getByRole("link", { name }).first()).toBeVisible();
  }
  await page.screenshot({ path: "e2e/screenshots/home.png", fullPage: true });
});

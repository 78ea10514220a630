import { expect, type Page } from "@playwright/test";
import { openPostgres } from "@/db/client";
import { createTestMember } from "@/server/testing/test-workspace";
import { E2E_DATABASE_URL } from "../../playwright.config";
import { createE2EWorkspace } from "./workspace";

/** A user with a password in the workspace, able to sign in to the web app. */
export async function createE2EMember(workspaceId: string) {
  const database = await openPostgres(E2E_DATABASE_URL, { max: 1 });
  try {
    return await createTestMember(database.db, workspaceId);
  } finally {
    await database.close();
  }
}

/** Signs in through the tRPC procedure; the session cookie lands in the page's context. */
export async function signIn(page: Page, credentials: { email: string; password: string }) {
  const response = await page.request.post("/api/trpc/auth.signIn", { data: credentials });
  expect(response.status(), await response.text()).toBe(200);
}

/** A fresh workspace (with its API key) and a signed-in member of it, for one test. */
export async function signInToNewWorkspace(page: Page, options: { name?: string } = {}) {
  const workspace = await createE2EWorkspace({ name: options.name ?? "Wizard workspace" });
  const member = await createE2EMember(workspace.workspaceId);
  await signIn(page, member);
  return { ...workspace, member };
}

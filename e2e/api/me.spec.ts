import { expect, test } from "@playwright/test";
import { createE2EWorkspace } from "../support/workspace";

test("GET /v1/me answers with the key's workspace in the envelope", async ({ request }) => {
  const { key, workspaceId } = await createE2EWorkspace({ name: "Playwright API" });
  const response = await request.get("/v1/me", { headers: { "X-Api-Key": key } });
  expect(response.status()).toBe(200);
  expect(response.headers()["x-ratelimit-limit"]).toBe("100");
  const body = await response.json();
  expect(body).toMatchObject({
    success: true,
    data: { workspace: { id: workspaceId, name: "Playwright API" }, key: { kind: "workspace" } },
  });
});

test("GET /v1/me without a key answers 401 in the envelope", async ({ request }) => {
  const response = await request.get("/v1/me");
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({
    success: false,
    error: { code: "UNAUTHORIZED", message: "Missing API key" },
  });
});

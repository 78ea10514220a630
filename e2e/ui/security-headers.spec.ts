import path from "node:path";
import { expect, test } from "@playwright/test";
import { signInToNewWorkspace } from "../support/session";
import { CSV_FIXTURES, dropFile, goToMapping, goToOptions, runDryRun } from "../support/wizard";

test("pages carry a nonce CSP that forbids framing, and every answer says nosniff", async ({
  request,
}) => {
  const first = await request.get("/sign-in");
  const second = await request.get("/sign-in");
  const policy = first.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  expect(policy).not.toContain("unsafe-eval");
  expect(second.headers()["content-security-policy"]).not.toBe(policy);
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(await first.text()).toContain(`nonce="${nonce}"`);
  expect(first.headers()["x-frame-options"]).toBe("DENY");

  const api = await request.get("/v1/me");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first.headers()["x-content-type-options"]).toBe("nosniff");
});

test("another site cannot frame a page", async ({ page, baseURL }) => {
  await page.setContent(`<iframe id="framed" src="${baseURL}/sign-in"></iframe>`);
  const framedUrl = () =>
    page
      .frames()
      .find((frame) => frame !== page.mainFrame())
      ?.url() ?? "";
  await expect.poll(framedUrl).not.toMatch(/^(about:blank)?$/);
  // Chromium puts its own error page in the frame instead of ours.
  expect(framedUrl()).toMatch(/^chrome-error:/);
  await expect(
    page.frameLocator("#framed").getByRole("heading", { name: "Sign in to Leadport" }),
  ).toHaveCount(0);
});

test("the wizard works under the CSP: worker, preview, mapping and dry run, no violation", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  await signInToNewWorkspace(page);
  await page.goto("/import");
  await dropFile(page, path.join(CSV_FIXTURES, "hubspot-contacts.csv"));
  await expect(page.getByTestId("csv-preview")).toContainText("Émilie");
  await goToMapping(page);
  await goToOptions(page);
  await runDryRun(page);
  for (const area of ["/leads", "/campaigns", "/api-keys", "/docs/api"]) await page.goto(area);
  expect(violations).toEqual([]);

  // What an injected handler would do is blocked, and reported: the policy is on and watched.
  await page.evaluate(() => {
    document.body.insertAdjacentHTML(
      "beforeend",
      `<img src="/x.png" onerror="window.__injected = 1">`,
    );
  });
  await expect.poll(() => violations.length).toBe(1);
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
});

import path from "node:path";
import { expect, test } from "@playwright/test";
import { signInToNewWorkspace } from "../support/session";
import {
  CSV_FIXTURES,
  dataRows,
  dropFile,
  goToMapping,
  goToOptions,
  importAndWait,
  runDryRun,
  screenshot,
  targetSelect,
} from "../support/wizard";

test("a clean HubSpot export goes through every step and its leads show on the leads page", async ({
  page,
}) => {
  await signInToNewWorkspace(page);
  await page.goto("/import");
  await screenshot(page, "wizard-1-drop-empty");

  await dropFile(page, path.join(CSV_FIXTURES, "hubspot-contacts.csv"));
  await expect(page.getByTestId("file-facts")).toContainText("15 rows");
  await expect(page.getByLabel("Encoding")).toHaveValue("utf-8");
  await expect(page.getByLabel("Delimiter")).toHaveValue(",");
  await expect(page.getByTestId("csv-preview")).toContainText("Émilie");
  await screenshot(page, "wizard-1-drop-preview");

  await goToMapping(page);
  await expect(targetSelect(page, "Email")).toHaveValue("email");
  await expect(targetSelect(page, "First Name")).toHaveValue("firstName");
  await expect(targetSelect(page, "Company Name")).toHaveValue("companyName");
  await expect(targetSelect(page, "Record ID")).toHaveValue("custom");
  await screenshot(page, "wizard-2-mapping");

  await goToOptions(page);
  await expect(page.getByLabel("Skip leads that already exist")).toBeChecked();
  await expect(page.getByLabel("Clean up data")).toBeChecked();
  await expect(page.getByTestId("cleanup-preview")).toBeVisible();
  await screenshot(page, "wizard-3-options");

  const dryRun = await runDryRun(page);
  expect(dryRun).toEqual({
    created: 14,
    updated: 0,
    skipped: 0,
    restored: 0,
    failed: 1,
    repeated: 0,
  });
  await expect(page.getByTestId("review-grid")).toContainText("Email is required");
  await screenshot(page, "wizard-3-dry-run");

  const counts = await importAndWait(page);
  expect(counts).toEqual(dryRun);
  await expect(dataRows(page.getByTestId("row-report"))).toHaveCount(15);
  await screenshot(page, "wizard-5-result");

  await page.getByRole("link", { name: "View the imported leads" }).click();
  await expect(page).toHaveURL(/\/leads\?importId=/);
  const table = page.getByTestId("leads-table");
  await expect(table.locator("tbody tr")).toHaveCount(14);
  await expect(table).toContainText("emilie.laurent@lumencloud.io");
  await expect(table).toContainText("Björn Lindqvist");
  await screenshot(page, "leads-after-import");
});

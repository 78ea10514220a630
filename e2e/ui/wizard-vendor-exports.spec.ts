import path from "node:path";
import { expect, test } from "@playwright/test";
import { signInToNewWorkspace } from "../support/session";
import {
  CSV_FIXTURES,
  dropFile,
  goToMapping,
  goToOptions,
  runDryRun,
  screenshot,
  targetSelect,
} from "../support/wizard";

const VENDOR_FIXTURES = path.resolve("e2e/fixtures/vendors");

test("a Salesforce report's footer is left out and said so, and never counted as failed rows", async ({
  page,
}) => {
  await signInToNewWorkspace(page);
  await page.goto("/import");
  await dropFile(page, path.join(CSV_FIXTURES, "salesforce-report.csv"));
  await expect(page.getByTestId("file-facts")).toContainText("25 rows");
  await expect(page.getByTestId("footer-lines")).toHaveText("5 footer lines after row 28 skipped");
  await screenshot(page, "wizard-1-drop-footer");

  await goToMapping(page);
  await goToOptions(page);
  // One lead of the report has no email: that row fails, the footer's five lines do not.
  expect(await runDryRun(page)).toMatchObject({ created: 24, failed: 1 });
});

test("a lemlist export's owner column, the sender on every row, is not taken as the email", async ({
  page,
}) => {
  await signInToNewWorkspace(page);
  await page.goto("/import");
  await dropFile(page, path.join(VENDOR_FIXTURES, "lemlist-campaign-leads.csv"));
  await goToMapping(page);
  await expect(targetSelect(page, "email")).toHaveValue("email");
  await expect(targetSelect(page, "owner")).toHaveValue("custom");
  await expect(page.getByRole("row", { name: /owner/ })).toContainText("Rule 4");
  await goToOptions(page);
  expect(await runDryRun(page)).toMatchObject({ created: 58, failed: 2, repeated: 0 });
});

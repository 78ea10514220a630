import path from "node:path";
import { expect, test } from "@playwright/test";
import { listLeadsByApi } from "../support/api";
import { signInToNewWorkspace } from "../support/session";
import {
  CSV_FIXTURES,
  dropFile,
  goToMapping,
  goToOptions,
  importAndWait,
  screenshot,
  targetSelect,
  WIZARD_FIXTURES,
} from "../support/wizard";

test("a file without a recognisable email column is blocked with the reason until one is chosen", async ({
  page,
  request,
}) => {
  const { key } = await signInToNewWorkspace(page);
  await page.goto("/import");
  await dropFile(page, path.join(WIZARD_FIXTURES, "no-email-column.csv"));
  await goToMapping(page);

  const proceed = page.getByRole("button", { name: "Continue to options" });
  await expect(proceed).toBeDisabled();
  await expect(page.getByTestId("mapping-problems")).toHaveText(
    "Choose the column that holds email addresses",
  );
  await expect(proceed).toHaveAccessibleDescription(/Choose the column that holds email addresses/);
  await screenshot(page, "wizard-2-mapping-no-email");

  await targetSelect(page, "User ID").selectOption("email");
  await expect(page.getByTestId("mapping-problems")).toHaveCount(0);
  await expect(proceed).toBeEnabled();
  await goToOptions(page);
  expect(await importAndWait(page)).toMatchObject({ created: 4, failed: 0 });

  const leads = await listLeadsByApi(request, key);
  expect(leads.map((lead) => lead.email).sort()).toEqual([
    "ana.lopez@finchworks.io",
    "ben.okafor@tidewater.co",
    "carla.rossi@vetrina.it",
    "dev.patel@northgrid.in",
  ]);
  expect(leads.every((lead) => !("User ID" in lead.customFields))).toBe(true);
});

test("a column sent to a custom field and one skipped are stored that way, renamed headers shown", async ({
  page,
  request,
}) => {
  const { key } = await signInToNewWorkspace(page);
  await page.goto("/import");
  await dropFile(page, path.join(CSV_FIXTURES, "duplicate-headers.csv"));
  const renamed = page.getByTestId("renamed-headers");
  await expect(renamed).toContainText(
    "Column 4 repeats the header “Email”: it is called “Email (2)”",
  );
  await expect(renamed).toContainText("Column 5 has no header: it is called “Column 5”");
  await screenshot(page, "wizard-1-drop-renamed-headers");

  await goToMapping(page);
  await expect(targetSelect(page, "Email")).toHaveValue("email");
  await targetSelect(page, "Email (2)").selectOption("custom");
  const name = page.getByLabel("Custom field name for “Email (2)”");
  await expect(name).toHaveValue("Email (2)");
  await name.fill("Personal email");
  await targetSelect(page, "Column 5").selectOption("skip");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "wizard-2-mapping-mobile");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 720 });

  await goToOptions(page);
  expect(await importAndWait(page)).toMatchObject({ created: 5, failed: 0 });

  const [rachel] = await listLeadsByApi(request, key, { search: "rgoldberg" });
  expect(rachel?.customFields).toEqual({ "Personal email": "rachel.goldberg@gmail.com" });
  const [liam] = await listLeadsByApi(request, key, { search: "liam.walsh" });
  expect(liam?.customFields).toEqual({ "Personal email": "liamwalsh@outlook.com" });
  expect(JSON.stringify(liam)).not.toContain("follow up");

  // The mapping is remembered for files with the same headers and offered next time.
  await page.getByRole("button", { name: "Import another file" }).click();
  await dropFile(page, path.join(CSV_FIXTURES, "duplicate-headers.csv"));
  await goToMapping(page);
  await expect(targetSelect(page, "Column 5")).toHaveValue("custom");
  await page
    .getByRole("button", { name: "Use the mapping you used last time for these columns" })
    .click();
  await expect(targetSelect(page, "Column 5")).toHaveValue("skip");
  await expect(page.getByLabel("Custom field name for “Email (2)”")).toHaveValue("Personal email");
  await expect(page.getByText("Using the mapping you used last time")).toBeFocused();
});

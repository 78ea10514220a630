import { expect, type Page, test } from "@playwright/test";
import { seedLeadsByApi } from "../support/api";
import { signInToNewWorkspace } from "../support/session";
import { screenshot } from "../support/wizard";

/** A second import through the API that updates two leads, creates two and fails one row. */
async function importAgain(page: Page, key: string) {
  const response = await page.request.post("/v1/leads/bulk", {
    headers: { "X-Api-Key": key },
    data: {
      skipDuplicates: false,
      leads: [
        { email: "ada@history.example.com", firstName: "Augusta" },
        { email: "bob@history.example.com", jobTitle: "CTO" },
        { email: "new1@history.example.com" },
        { email: "new2@history.example.com" },
        { email: "not-an-email" },
      ],
    },
  });
  expect(response.status(), await response.text()).toBe(200);
}

test("find an import in the history, read its rows, preview its undo, undo it, and see the leads follow", async ({
  page,
}) => {
  const { key } = await signInToNewWorkspace(page, { name: "History workspace" });
  const [, bobId] = await seedLeadsByApi(page.request, key, [
    { email: "ada@history.example.com", firstName: "Ada" },
    { email: "bob@history.example.com", firstName: "Bob" },
    { email: "cy@history.example.com", firstName: "Cy" },
  ]);
  await importAgain(page, key);
  // Bob is edited after the import: undo must leave him alone and say so.
  const patch = await page.request.patch(`/v1/leads/${bobId}`, {
    headers: { "X-Api-Key": key },
    data: { city: "Leeds" },
  });
  expect(patch.status()).toBe(200);

  await page.goto("/leads");
  await expect(page.getByTestId("lead-count")).toHaveText("5 leads.");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Imports" })
    .click();
  await expect(page).toHaveURL(/\/imports$/);
  const imports = page.getByTestId("imports-table").locator("tbody tr");
  await expect(imports).toHaveCount(2);
  await expect(imports.first()).toContainText("Finished");
  await imports.first().getByRole("link").click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText("Bulk (API)");
  const rows = page.getByTestId("import-rows").locator("tbody tr");
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(0)).toContainText("ada@history.example.com");
  await expect(rows.nth(0)).toContainText("Updated");
  await page.getByLabel("Show").selectOption("failed");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("not-an-email");
  await expect(rows.first()).toContainText("Invalid email format");

  await page.getByRole("button", { name: "Preview undo" }).click();
  const preview = page.getByTestId("undo-preview");
  await expect(preview).toContainText(
    "Undo would delete 2 leads, put back the values of 1 lead and skip 1 conflict.",
  );
  const conflicts = page.getByTestId("undo-conflicts");
  await expect(conflicts).toContainText("bob@history.example.com");
  await expect(conflicts).toContainText("edited since");
  await expect(conflicts).toContainText("CTO → (empty)");
  await screenshot(page, "import-undo-preview");

  await page.getByRole("button", { name: "Undo import" }).click();
  await page.getByRole("button", { name: "Yes, undo it" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Undone");
  await expect(
    page.getByText(
      "Undone: deleted 2 leads, put back the values of 1 lead and skipped 1 conflict.",
    ),
  ).toBeVisible();

  await page.getByRole("link", { name: "See the leads it created or updated" }).click();
  await expect(page).toHaveURL(/\/leads\?importId=/);
  // The two it created are deleted; Ada (put back) and Bob (kept) remain.
  await expect(page.getByTestId("lead-count")).toHaveText("2 leads match.");
  await page.goto("/leads");
  await expect(page.getByTestId("lead-count")).toHaveText("3 leads.");
  const table = page.getByTestId("leads-table");
  await expect(table).toContainText("Ada");
  await expect(table).not.toContainText("Augusta");
  await expect(table).not.toContainText("new1@history.example.com");

  await page.goto("/imports");
  await page.getByLabel("Status").selectOption("undone");
  await expect(imports).toHaveCount(1);
  await expect(imports.first()).toContainText("Undone");
});

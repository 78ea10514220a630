import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signInToNewWorkspace } from "../support/session";
import {
  dataRows,
  dropFile,
  goToMapping,
  goToOptions,
  importAndWait,
  screenshot,
  WIZARD_FIXTURES,
} from "../support/wizard";

test("the failed rows download has the original columns, the reason, escaped formulas, and re-uploads", async ({
  page,
}) => {
  await signInToNewWorkspace(page);
  await page.goto("/import");
  await dropFile(page, path.join(WIZARD_FIXTURES, "with-failures.csv"));
  await goToMapping(page);
  await goToOptions(page);
  expect(await importAndWait(page)).toEqual({
    created: 2,
    updated: 0,
    skipped: 0,
    restored: 0,
    failed: 3,
    repeated: 1,
  });

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download failed rows (3)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("with-failures-failed-rows.csv");
  const savedPath = test.info().outputPath("failed-rows.csv");
  await download.saveAs(savedPath);
  const text = (await readFile(savedPath, "utf8")).replace(/^\uFEFF/, "");
  expect(text).toBe(
    [
      "Email,First Name,Last Name,Company,Phone,Notes,Error",
      `not-an-email,Bad,Address,Broken Co,'+1 415 555 0102,"'=HYPERLINK(""http://x"",""y"")",Invalid email format`,
      ",No,Email,Nowhere Inc,'@handle,'+cmd,Email is required",
      'still@bad@example.com,Double,At,"Comma, Inc.",,"line one\nline two",Invalid email format',
      "",
    ].join("\r\n"),
  );

  const report = page.getByTestId("row-report");
  await expect(report).toContainText("Repeated of row 2");
  await page.getByLabel("Show").selectOption("failed");
  await expect(dataRows(report)).toHaveCount(3);
  await screenshot(page, "wizard-5-result-failures");

  // Fixed or not, the file goes back into the wizard with the same headers plus Error.
  await page.getByRole("button", { name: "Import another file" }).click();
  await dropFile(page, savedPath);
  await expect(page.getByTestId("file-facts")).toContainText("3 rows");
  await expect(page.getByTestId("csv-preview")).toContainText(`'=HYPERLINK("http://x","y")`);
  await goToMapping(page);
  await expect(page.getByLabel("Import column “Email” as")).toHaveValue("email");
  await expect(page.getByLabel("Import column “Error” as")).toBeVisible();
});

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
} from "../support/wizard";

test("a Windows-1252 semicolon file shows its accents in the preview and stores them intact", async ({
  page,
  request,
}) => {
  const { key } = await signInToNewWorkspace(page);
  await page.goto("/import");
  await dropFile(page, path.join(CSV_FIXTURES, "excel-semicolon-1252.csv"));

  await expect(page.getByLabel("Encoding")).toHaveValue("windows-1252");
  await expect(page.getByLabel("Delimiter")).toHaveValue(";");
  const preview = page.getByTestId("csv-preview");
  await expect(preview).toContainText("François");
  await expect(preview).toContainText("Société Générale Équipements");
  await expect(preview).toContainText("Rappeler après l’été – “très intéressé”");
  await screenshot(page, "wizard-1-drop-windows-1252");

  // Forcing the wrong encoding garbles the preview; choosing the right one again fixes it.
  await page.getByLabel("Encoding").selectOption("utf-8");
  await expect(preview).toContainText("Fran\uFFFDois");
  await page.getByLabel("Encoding").selectOption("windows-1252");
  await expect(preview).toContainText("François");

  await goToMapping(page);
  await expect(targetSelect(page, "E-mail")).toHaveValue("email");
  await expect(targetSelect(page, "Prénom")).toHaveValue("firstName");
  await expect(targetSelect(page, "Société")).toHaveValue("companyName");
  await goToOptions(page);
  const counts = await importAndWait(page);
  expect(counts).toMatchObject({ created: 11, failed: 1 });

  const [lead] = await listLeadsByApi(request, key, { search: "francois.dubois" });
  expect(lead).toMatchObject({
    firstName: "François",
    lastName: "Dubois",
    companyName: "Société Générale Équipements",
    notes: "Rappeler après l’été – “très intéressé”",
    customFields: { "CA 2023 (M€)": "1,5", Remise: "12,5%" },
  });
  const [czech] = await listLeadsByApi(request, key, { search: "tomas.simanek" });
  expect(czech).toMatchObject({
    firstName: "Tomáš",
    lastName: "Šimánek",
    companyName: "Žula Praha s.r.o.",
  });

  await page.getByRole("link", { name: "View the imported leads" }).click();
  await expect(page.getByTestId("leads-table")).toContainText("Guðrún Þórsdóttir");
});

import path from "node:path";
import { expect, test } from "@playwright/test";
import { signInToNewWorkspace } from "../support/session";
import { CSV_FIXTURES, csvFile, screenshot } from "../support/wizard";

test("files that cannot be imported say why and keep the wizard on the first step", async ({
  page,
}) => {
  await signInToNewWorkspace(page);
  await page.goto("/import");
  const input = page.getByTestId("csv-file-input");
  const proceed = page.getByRole("button", { name: "Continue to mapping" });

  await input.setInputFiles(path.join(CSV_FIXTURES, "binary.csv"));
  await expect(page.getByTestId("file-error")).toHaveText(
    "The file does not look like a CSV text file (it contains binary data)",
  );
  await expect(proceed).toBeDisabled();
  await screenshot(page, "wizard-1-drop-binary");

  await input.setInputFiles(path.join(CSV_FIXTURES, "empty.csv"));
  await expect(page.getByTestId("file-error")).toHaveText("The file is empty (0 bytes).");

  await input.setInputFiles(path.join(CSV_FIXTURES, "header-only.csv"));
  await expect(page.getByTestId("file-error")).toHaveText(
    "The file has a header row but no rows of data.",
  );

  await input.setInputFiles({
    name: "contacts.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.7"),
  });
  await expect(page.getByRole("alert").filter({ hasText: "is not a CSV file" })).toHaveText(
    '"contacts.pdf" is not a CSV file or an Excel workbook: choose a .csv, .tsv, .txt or .xlsx file.',
  );

  await input.setInputFiles({
    name: "contacts.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from("PK\u0003\u0004"),
  });
  await expect(page.getByTestId("file-error")).toHaveText(
    "The file looks like a zip archive (an .xlsx workbook is one) but it is damaged or cut short",
  );

  // A CSV saved by Excel on Windows arrives as application/vnd.ms-excel: accepted by its name.
  await input.setInputFiles({
    name: "windows.csv",
    mimeType: "application/vnd.ms-excel",
    buffer: Buffer.from("Email,Name\na@windows.example.com,A\n"),
  });
  await expect(page.getByTestId("file-facts")).toContainText("1 row");
  await expect(proceed).toBeEnabled();
  await input.setInputFiles(csvFile("tabs.tsv", "Email\tName\nt@tabs.example.com\tT\n"));
  await expect(page.getByLabel("Delimiter")).toHaveValue("\t");
});

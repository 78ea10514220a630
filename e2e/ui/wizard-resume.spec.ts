import { writeFile } from "node:fs/promises";
import { expect, type Request, test } from "@playwright/test";
import { countLeads } from "../support/api";
import { bigLeadsCsv } from "../support/big-csv";
import { signInToNewWorkspace } from "../support/session";
import {
  csvFile,
  importAndWait,
  openOptions,
  resultImportRecord,
  screenshot,
} from "../support/wizard";

const CHUNKS = "**/api/trpc/imports.chunk*";

/** The chunk an imports.chunk request sends (each goes in a request of its own). */
function chunkIndexOf(request: Request): number {
  return (request.postDataJSON() as { chunkIndex: number }).chunkIndex;
}

test("a chunk whose answer is lost is sent again and applied once", async ({ page }) => {
  const { workspaceId } = await signInToNewWorkspace(page);
  let lostAnswers = 0;
  await page.route(CHUNKS, async (route) => {
    if (lostAnswers === 0) {
      lostAnswers += 1;
      await route.fetch(); // the server applies the chunk…
      await route.abort("connectionreset"); // …and the answer never arrives
      return;
    }
    await route.continue();
  });
  await openOptions(page, csvFile("retry.csv", bigLeadsCsv(2_500, "retry.example.com")));
  expect(await importAndWait(page)).toMatchObject({ created: 2_500, failed: 0 });
  expect(lostAnswers).toBe(1);
  expect(await countLeads(workspaceId)).toBe(2_500);
});

test("an import cut off by a lost connection and a closed page resumes with the missing chunks only", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { workspaceId } = await signInToNewWorkspace(page);
  const path = test.info().outputPath("resume-me.csv");
  await writeFile(path, bigLeadsCsv(5_000, "resume.example.com"));

  const applied = new Set<number>();
  let isOnline = true;
  await page.route(CHUNKS, async (route) => {
    if (!isOnline) return route.abort("internetdisconnected");
    isOnline = false;
    applied.add(chunkIndexOf(route.request()));
    await route.continue();
  });
  await openOptions(page, path);
  await page.getByRole("button", { name: "Import 5,000 rows" }).click();
  await expect(page.getByTestId("import-rows-done")).toContainText(/^[1-4],000 of 5,000/);
  await expect(page.getByText("Connection problem")).toBeVisible({ timeout: 15_000 });
  await screenshot(page, "wizard-4-import-retrying");

  // Reloading first: until the old page is gone its retries must still find the network down.
  await page.reload();
  await page.unroute(CHUNKS);
  const resent: number[] = [];
  await page.route(CHUNKS, async (route) => {
    resent.push(chunkIndexOf(route.request()));
    await route.continue();
  });
  await page.getByTestId("csv-file-input").setInputFiles(path);
  await expect(page.getByRole("button", { name: "Resume import" })).toBeVisible();
  await screenshot(page, "wizard-1-resume-offer");
  await page.getByRole("button", { name: "Resume import" }).click();
  await expect(page.getByRole("heading", { name: "Import finished" })).toBeVisible({
    timeout: 60_000,
  });

  expect(resent.length).toBe(5 - applied.size);
  expect(resent.filter((index) => applied.has(index))).toEqual([]);
  expect(await countLeads(workspaceId)).toBe(5_000);
  await expect(page.getByTestId("import-counts-created")).toHaveText("5,000");
  await page.getByLabel("Show").selectOption("earlier");
  await expect(
    page.getByText(`${(applied.size * 1_000).toLocaleString("en-US")} rows`),
  ).toBeVisible();
});

test("canceling stops sending and records the import as canceled", async ({ page }) => {
  const { workspaceId } = await signInToNewWorkspace(page);
  await page.route(CHUNKS, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await openOptions(page, csvFile("cancel.csv", bigLeadsCsv(10_000, "cancel.example.com")));
  await page.getByRole("button", { name: "Import 10,000 rows" }).click();
  await expect(page.getByTestId("import-rows-done")).toContainText(/^[1-9],000 of/);
  await page.getByRole("button", { name: "Cancel import" }).click();
  await expect(page.getByRole("heading", { name: "Import canceled" })).toBeVisible();

  expect((await resultImportRecord(page)).status).toBe("canceled");
  const stored = await countLeads(workspaceId);
  expect(stored).toBeGreaterThan(0);
  expect(stored).toBeLessThan(10_000);
  await expect(page.getByTestId("import-counts-created")).toHaveText(
    stored.toLocaleString("en-US"),
  );
});

test("canceling while a chunk waits to be sent again stops at once and records the import as canceled", async ({
  page,
}) => {
  const { workspaceId } = await signInToNewWorkspace(page);
  let requests = 0;
  await page.route(CHUNKS, async (route) => {
    requests += 1;
    if (requests === 1) return route.continue();
    return route.abort("internetdisconnected");
  });
  await openOptions(page, csvFile("offline.csv", bigLeadsCsv(5_000, "offline.example.com")));
  await page.getByRole("button", { name: "Import 5,000 rows" }).click();
  await expect(page.getByText("Connection problem")).toBeVisible({ timeout: 15_000 });
  await page.getByRole("button", { name: "Cancel import" }).click();
  await expect(page.getByRole("heading", { name: "Import canceled" })).toBeVisible();

  // A retry already on its way when Cancel was clicked may still land; none may follow it. The
  // window outlasts the next pauses of the backoff (0.5, 1 and 2 s).
  const requestsAtCancel = requests;
  await page.waitForTimeout(2_500);
  expect(requests).toBe(requestsAtCancel);
  const stored = await countLeads(workspaceId);
  expect(stored).toBeGreaterThan(0);
  expect(stored).toBeLessThan(5_000);
  await expect(page.getByTestId("import-counts-created")).toHaveText(
    stored.toLocaleString("en-US"),
  );
});

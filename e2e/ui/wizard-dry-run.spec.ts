import { expect, test } from "@playwright/test";
import { listLeadsByApi } from "../support/api";
import { signInToNewWorkspace } from "../support/session";
import {
  csvFile,
  dropFile,
  goToMapping,
  goToOptions,
  importAndWait,
  runDryRun,
} from "../support/wizard";

const HEADER = "Email,First Name,Last Name,Company,Title";

function people(rows: string[]): string {
  return `${[HEADER, ...rows].join("\n")}\n`;
}

const FIRST_FILE = people([
  "nina.berg@polar.io,Nina,Berg,Polar,Engineer",
  "omar.haddad@sable.co,Omar,Haddad,Sable,Analyst",
  "paula.mendes@ribeira.pt,Paula,Mendes,Ribeira,Designer",
]);

/** Two existing leads with new titles, two new ones, a repeat and a bad address. */
const SECOND_FILE = people([
  "nina.berg@polar.io,Nina,Berg,Polar,Head of Engineering",
  "omar.haddad@sable.co,Omar,Haddad,Sable,Lead Analyst",
  "quinn.li@harbor.dev,Quinn,Li,Harbor,Founder",
  "rosa.vidal@mistral.es,Rosa,Vidal,Mistral,COO",
  "NINA.BERG@polar.io,Nina,Berg,Polar,Someone else",
  "not an email,Sam,Nobody,Void,Intern",
]);

async function importFile(page: import("@playwright/test").Page, name: string, content: string) {
  await page.goto("/import");
  await dropFile(page, csvFile(name, content));
  await goToMapping(page);
  await goToOptions(page);
}

test("a dry run's counts match the real import, existing leads counted as skipped", async ({
  page,
}) => {
  await signInToNewWorkspace(page);
  await importFile(page, "first.csv", FIRST_FILE);
  await importAndWait(page);

  await importFile(page, "second.csv", SECOND_FILE);
  const dryRun = await runDryRun(page);
  expect(dryRun).toEqual({
    created: 2,
    updated: 0,
    skipped: 2,
    restored: 0,
    failed: 1,
    repeated: 1,
  });
  await expect(page.getByTestId("review-grid")).toContainText("Invalid email format");

  const imported = await importAndWait(page);
  expect(imported).toEqual(dryRun);
  const report = page.getByTestId("row-report");
  await expect(report).toContainText("Repeated of row 2");
  await expect(report).toContainText("Already exists as lead");
});

test("a re-import with 'skip leads that already exist' off updates them", async ({
  page,
  request,
}) => {
  const { key } = await signInToNewWorkspace(page);
  await importFile(page, "first.csv", FIRST_FILE);
  expect(await importAndWait(page)).toMatchObject({ created: 3 });

  await importFile(page, "second.csv", SECOND_FILE);
  await page.getByLabel("Skip leads that already exist").uncheck();
  const dryRun = await runDryRun(page);
  expect(dryRun).toEqual({
    created: 2,
    updated: 2,
    skipped: 0,
    restored: 0,
    failed: 1,
    repeated: 1,
  });
  expect(await importAndWait(page)).toEqual(dryRun);

  const [nina] = await listLeadsByApi(request, key, { search: "nina.berg" });
  expect(nina?.jobTitle).toBe("Head of Engineering");
  const [paula] = await listLeadsByApi(request, key, { search: "paula.mendes" });
  expect(paula?.jobTitle).toBe("Designer");
});

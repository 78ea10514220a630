import { writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { bigLeadsCsv } from "../support/big-csv";
import { type OwnServer, startOwnServer } from "../support/own-server";
import { dropFile, goToMapping, goToOptions } from "../support/wizard";

let servers: OwnServer[] = [];
test.afterEach(() => {
  for (const server of servers) server.kill();
  servers = [];
});

test("the wizard resumes an import whose server was killed in the middle of it", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const first = await startOwnServer({ name: "wizard_crash", command: "next" });
  servers.push(first);
  const { workspaceId } = await first.createWorkspace();
  const member = await first.createMember(workspaceId);
  const signedIn = await page.request.post(`${first.url}/api/trpc/auth.signIn`, {
    data: { email: member.email, password: member.password },
  });
  expect(signedIn.status()).toBe(200);
  const path = test.info().outputPath("crash-me.csv");
  await writeFile(path, bigLeadsCsv(5_000, "wizard-crash.example.com"));

  // The first chunk request is applied and answered; the server is killed as the next one goes.
  let requests = 0;
  let firstAnswered = () => {};
  const isFirstAnswered = new Promise<void>((resolve) => (firstAnswered = resolve));
  await page.route("**/api/trpc/imports.chunk*", async (route) => {
    requests += 1;
    if (requests === 1) {
      await route.fulfill({ response: await route.fetch() });
      firstAnswered();
      return;
    }
    if (requests === 2) {
      await isFirstAnswered;
      process.kill(first.pid, "SIGKILL");
    }
    await route.continue().catch(() => {});
  });
  await page.goto(`${first.url}/import`);
  await dropFile(page, path);
  await goToMapping(page);
  await goToOptions(page);
  await page.getByRole("button", { name: "Import 5,000 rows" }).click();
  await first.exited;

  const second = await startOwnServer({
    name: "wizard_crash",
    command: "next",
    keepDatabase: true,
    port: first.port,
  });
  servers.push(second);
  const sql = postgres(second.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const record = async () =>
      (
        await sql`select status, processed_rows from imports where workspace_id = ${workspaceId}`
      )[0];
    expect(await record()).toMatchObject({ status: "interrupted" });
    expect((await record())?.processed_rows).toBeGreaterThan(0);

    await page.unroute("**/api/trpc/imports.chunk*");
    await page.goto(`${second.url}/import`);
    await page.getByTestId("csv-file-input").setInputFiles(path);
    await page.getByRole("button", { name: "Resume import" }).click();
    await expect(page.getByRole("heading", { name: "Import finished" })).toBeVisible({
      timeout: 120_000,
    });
    expect(await record()).toMatchObject({ status: "finished", processed_rows: 5_000 });
    const [leads] =
      await sql`select count(*)::int as count from leads where workspace_id = ${workspaceId}`;
    expect(leads?.count).toBe(5_000);
  } finally {
    await sql.end();
  }
});

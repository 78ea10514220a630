import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { type OwnServer, startOwnServer } from "../support/own-server";
import { commandOf, descendantsOf, isRunning } from "../support/processes";

test.describe.configure({ mode: "serial" });

let server: OwnServer | undefined;
test.afterEach(() => server?.kill());

function leads(count: number) {
  return Array.from({ length: count }, (_, i) => ({ email: `drain${i}@example.com` }));
}

test("SIGTERM to npm start lets the import in flight finish, then every process exits", async () => {
  test.setTimeout(240_000);
  server = await startOwnServer({
    name: "shutdown",
    command: "npm start",
    env: { LOG_LEVEL: "info" },
  });
  const { key, workspaceId } = await server.createWorkspace({ contactLimit: 100_000 });
  const sql = postgres(server.databaseUrl, { max: 2, onnotice: () => {} });
  try {
    // A workspace with a contact limit is written under its row's lock: holding it keeps the
    // import in flight for as long as the test needs (NO KEY UPDATE lets the record be created).
    const held = sql.begin(async (tx) => {
      await tx`select 1 from workspaces where id = ${workspaceId} for no key update`;
      await expect
        .poll(
          async () =>
            (await sql`select status from imports where workspace_id = ${workspaceId}`)[0]?.status,
        )
        .toBe("running");
      const processes = [server!.pid, ...descendantsOf(server!.pid)];
      expect(processes.map(commandOf).join("\n")).toMatch(/next-server/);
      process.kill(server!.pid, "SIGTERM");
      await expect
        .poll(() => server!.output())
        .toContain("shutting down: finishing the requests in flight");
      return processes;
    });
    const answer = fetch(`${server.url}/v1/leads/bulk`, {
      method: "POST",
      headers: { "X-Api-Key": key, "content-type": "application/json" },
      body: JSON.stringify({ leads: leads(5_000) }),
    });
    const processes = await held;
    const response = await answer;
    expect(response.status).toBe(200);
    expect((await response.json()).data.imported).toBe(5_000);

    expect(await server.exited).not.toBeNull();
    expect(processes.filter(isRunning).map(commandOf)).toEqual([]);
    const [record] =
      await sql`select status, total_rows from imports where workspace_id = ${workspaceId}`;
    expect(record).toEqual({ status: "finished", total_rows: 5_000 });
    const [leadCount] =
      await sql`select count(*)::int as count from leads where workspace_id = ${workspaceId}`;
    expect(leadCount?.count).toBe(5_000);
  } finally {
    await sql.end();
  }
});

test("SIGTERM with an upload that never ends exits once the drain time is up", async () => {
  test.setTimeout(240_000);
  server = await startOwnServer({
    name: "shutdown",
    command: "npm start",
    env: { SHUTDOWN_DRAIN_SECONDS: "2", LOG_LEVEL: "info" },
  });
  const { key, keyId } = await server.createWorkspace();
  // A CSV upload that sends its first bytes and then nothing more.
  const stalled = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(
        new TextEncoder().encode(
          '--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nEmail\n',
        ),
      );
    },
  });
  const upload = fetch(`${server.url}/v1/leads/import/csv`, {
    method: "POST",
    headers: { "X-Api-Key": key, "content-type": "multipart/form-data; boundary=b" },
    body: stalled,
    duplex: "half",
  } as RequestInit).catch((error: Error) => error);
  // The handler has the request once it has counted it against the key's rate limit.
  const sql = postgres(server.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await expect
      .poll(async () => (await sql`select 1 from rate_limits where key_id = ${keyId}`).length)
      .toBe(1);
  } finally {
    await sql.end();
  }
  const processes = [server.pid, ...descendantsOf(server.pid)];
  process.kill(server.pid, "SIGTERM");
  expect(await server.exited).not.toBeNull();
  expect(server.output()).toContain("drain time is up");
  expect(processes.filter(isRunning).map(commandOf)).toEqual([]);
  expect(await upload).toBeInstanceOf(Error);
});

test("SIGTERM with an import that cannot finish in the drain time marks it interrupted, then exits", async () => {
  test.setTimeout(240_000);
  server = await startOwnServer({
    name: "shutdown",
    command: "npm start",
    env: { SHUTDOWN_DRAIN_SECONDS: "2" },
  });
  const { key, workspaceId } = await server.createWorkspace();
  const sql = postgres(server.databaseUrl, { max: 2, onnotice: () => {} });
  try {
    const held = "drain2500@example.com";
    await fetch(`${server.url}/v1/leads`, {
      method: "POST",
      headers: { "X-Api-Key": key, "content-type": "application/json" },
      body: JSON.stringify({ email: held }),
    });
    // Its batch updates a lead the test holds locked, so the import cannot end before the exit.
    const holder = await sql.reserve();
    await holder`begin`;
    await holder`select 1 from leads where workspace_id = ${workspaceId} and email_key = ${held} for update`;
    const answer = fetch(`${server.url}/v1/leads/bulk`, {
      method: "POST",
      headers: { "X-Api-Key": key, "content-type": "application/json" },
      body: JSON.stringify({ leads: leads(5_000), skipDuplicates: false }),
    }).catch((error: Error) => error);
    const bulkRecord = async () =>
      (
        await sql`select status, processed_rows from imports
                  where workspace_id = ${workspaceId} and door = 'bulk'`
      )[0];
    await expect.poll(async () => (await bulkRecord())?.processed_rows ?? 0).toBeGreaterThan(0);
    const processes = [server.pid, ...descendantsOf(server.pid)];
    process.kill(server.pid, "SIGTERM");
    expect(await server.exited).not.toBeNull();
    expect(await answer).toBeInstanceOf(Error);
    await holder`rollback`;
    holder.release();
    expect(processes.filter(isRunning).map(commandOf)).toEqual([]);
    expect(await bulkRecord()).toMatchObject({ status: "interrupted" });
  } finally {
    await sql.end();
  }
});

import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { bigLeadsCsv } from "../support/big-csv";
import { type OwnServer, startOwnServer } from "../support/own-server";

const ROWS = 50_000;
const DOMAIN = "crash.example.com";
const HELD_EMAIL = `lead25000@${DOMAIN}`;

let servers: OwnServer[] = [];
test.afterEach(() => {
  for (const server of servers) server.kill();
  servers = [];
});

/** The same upload, byte for byte in what Idempotency-Key compares: the file and its fields. */
function upload(url: string, key: string, csv: string) {
  const form = new FormData();
  form.append("file", new Blob([csv], { type: "text/csv" }), "crash.csv");
  form.append("skipDuplicates", "false");
  return fetch(`${url}/v1/leads/import/csv`, {
    method: "POST",
    headers: { "X-Api-Key": key, "Idempotency-Key": "crash-import-1" },
    body: form,
  });
}

test("a server killed mid-import leaves whole batches and an interrupted record; the same key then completes it", async () => {
  test.setTimeout(300_000);
  const first = await startOwnServer({ name: "crash", command: "next" });
  servers.push(first);
  const { key, workspaceId } = await first.createWorkspace();
  const sql = postgres(first.databaseUrl, { max: 3, onnotice: () => {} });
  const leadCount = async () =>
    Number((await sql`select count(*) from leads where workspace_id = ${workspaceId}`)[0]?.count);
  const importRecords = () =>
    sql`select status, processed_rows, total_rows, counts from imports
        where workspace_id = ${workspaceId} and door = 'csv'
        order by started_at`;
  try {
    // One lead of the file exists and is held locked: its batch (an update) cannot commit, so the
    // import is still running when the server is killed, however fast the machine.
    const created = await fetch(`${first.url}/v1/leads`, {
      method: "POST",
      headers: { "X-Api-Key": key, "content-type": "application/json" },
      body: JSON.stringify({ email: HELD_EMAIL }),
    });
    expect(created.status).toBe(201);
    const holder = await sql.reserve();
    await holder`begin`;
    await holder`select 1 from leads where workspace_id = ${workspaceId} and email_key = ${HELD_EMAIL} for update`;

    const csv = bigLeadsCsv(ROWS, DOMAIN);
    const cutOff = upload(first.url, key, csv).catch((error: Error) => error);
    await expect
      .poll(async () => (await importRecords())[0]?.processed_rows ?? 0, { timeout: 120_000 })
      .toBeGreaterThan(0);
    process.kill(first.pid, "SIGKILL");
    await first.exited;
    expect(await cutOff).toBeInstanceOf(Error);
    await holder`rollback`;
    holder.release();

    // Whole batches only: every lead but the held one came in a committed batch of 1,000.
    const written = (await leadCount()) - 1;
    expect(written % 1_000).toBe(0);
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(ROWS);

    // Another server, on another port: the killed process's lease went with it.
    const second = await startOwnServer({ name: "crash", command: "next", keepDatabase: true });
    servers.push(second);
    const [interrupted] = await importRecords();
    expect(interrupted).toMatchObject({ status: "interrupted", total_rows: ROWS });
    expect(interrupted?.processed_rows).toBeGreaterThanOrEqual(1_000);
    expect(interrupted?.processed_rows).toBeLessThanOrEqual(written);

    const retried = await upload(second.url, key, csv);
    expect(retried.status, await retried.clone().text()).toBe(200);
    expect(retried.headers.get("idempotent-replayed")).toBeNull();
    const { data } = await retried.json();
    expect(data.imported + data.updated + data.skipped + data.failed).toBe(ROWS);
    expect(data.failed).toBe(0);
    expect(data.imported).toBe(ROWS - 1 - written);
    expect(await leadCount()).toBe(ROWS);
    const [, finished] = await importRecords();
    expect(finished).toMatchObject({ status: "finished", processed_rows: ROWS });

    const replayed = await upload(second.url, key, csv);
    expect(replayed.headers.get("idempotent-replayed")).toBe("true");
  } finally {
    await sql.end();
  }
});

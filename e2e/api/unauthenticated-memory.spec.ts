import { expect, test } from "@playwright/test";
import { type OwnServer, startOwnServer } from "../support/own-server";
import { peakRssBytes, resetPeakRss, rssBytes } from "../support/processes";
import { sendLargeBody } from "../support/send-large-body";

const MB = 1024 * 1024;
const BODY_BYTES = 400 * MB;
const ALLOWED_GROWTH = 300 * MB;

test.describe.configure({ mode: "serial" });

let server: OwnServer;

test.beforeAll(async () => {
  server = await startOwnServer({ name: "memory", command: "next" });
  // Load the routes once, as any served request would, so idle means a server that has served.
  await fetch(`${server.url}/api/trpc/auth.status`);
  await fetch(`${server.url}/v1/leads/bulk`, { method: "POST", body: "{}" });
});

test.afterAll(() => server?.kill());

/** Sends the requests at once and measures the server's peak RSS over its idle RSS meanwhile. */
async function peakGrowthWhile(requests: () => Promise<Array<{ status?: number }>>) {
  const idle = rssBytes(server.pid);
  resetPeakRss(server.pid);
  const answers = await requests();
  test.info().annotations.push({
    type: "peak RSS growth",
    description: `${Math.round((peakRssBytes(server.pid) - idle) / MB)} MB over ${Math.round(idle / MB)} MB idle`,
  });
  return { growth: peakRssBytes(server.pid) - idle, statuses: answers.map((a) => a.status) };
}

test("RSS stays within 300 MB of idle while 3 unauthenticated 400 MB tRPC requests are refused", async () => {
  test.setTimeout(180_000);
  const signIn = `${server.url}/api/trpc/auth.signIn`;
  const json = { contentType: "application/json" };
  const { growth, statuses } = await peakGrowthWhile(() =>
    Promise.all([
      sendLargeBody(signIn, BODY_BYTES, { ...json, declareLength: false }),
      sendLargeBody(signIn, BODY_BYTES, { ...json, declareLength: false }),
      sendLargeBody(signIn, BODY_BYTES, { ...json, declareLength: true }),
    ]),
  );
  expect(statuses).toEqual([413, 413, 413]);
  expect(growth, `peak RSS growth ${Math.round(growth / MB)} MB`).toBeLessThan(ALLOWED_GROWTH);
});

test("RSS stays within 300 MB of idle while 3 unauthenticated 400 MB API requests are refused", async () => {
  test.setTimeout(180_000);
  const { growth, statuses } = await peakGrowthWhile(() =>
    Promise.all([
      sendLargeBody(`${server.url}/v1/leads/bulk`, BODY_BYTES, {
        contentType: "application/json",
        declareLength: false,
      }),
      sendLargeBody(`${server.url}/v1/leads/import/csv`, BODY_BYTES, {
        contentType: "multipart/form-data; boundary=x",
        declareLength: false,
      }),
      sendLargeBody(`${server.url}/v1/leads/bulk-import`, BODY_BYTES, {
        contentType: "application/json",
        declareLength: true,
      }),
    ]),
  );
  expect(statuses).toEqual([401, 401, 401]);
  expect(growth, `peak RSS growth ${Math.round(growth / MB)} MB`).toBeLessThan(ALLOWED_GROWTH);
});

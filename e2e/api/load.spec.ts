import { expect, test } from "@playwright/test";
import { E2E_DATABASE_URL } from "../../playwright.config";
import { problemsOfDatabase, problemsOfTraffic, summarizeLoad } from "../load/check-load";
import { createParticipants } from "../load/load-plan";
import { runLoad } from "../load/run-load";

/** The short form of `npm run test:load` (60 s, its own server): a few seconds on the e2e server. */
const SECONDS = 8;

test("mixed traffic from several keys and workspaces: no 5xx, limits per key, a consistent database", async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const participants = await createParticipants(E2E_DATABASE_URL, 3);
  const records = await runLoad({
    baseUrl: baseURL as string,
    participants,
    seconds: SECONDS,
    workers: 4,
  });
  const summary = summarizeLoad(records, SECONDS);
  test.info().annotations.push({ type: "load", description: JSON.stringify(summary) });
  expect(Object.keys(summary.operations).sort()).toEqual(
    ["bulk", "csv", "guess", "read", "sign-in", "wizard"].sort(),
  );
  expect(problemsOfTraffic(records)).toEqual([]);
  expect(await problemsOfDatabase(E2E_DATABASE_URL, participants, records)).toEqual([]);
});

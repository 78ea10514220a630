import { createSession } from "@/server/services/auth/sessions";
import { createTestMember } from "@/server/testing/test-workspace";
import { expectedCounts } from "../datasets";
import { generateLeads, toCsv } from "../generate-leads";
import { postCsv } from "../http-client";
import { openPagesDatabase, type PagesDatabase } from "../pages-database";
import type { SeededWorkspace } from "../seed-workspace";
import { type BenchServer, startServer } from "../server";
import { median, timed } from "../stats";

/*
 * The web app's leads pages, a campaign add and an import in a workspace of a million leads
 * (100,000 with BENCH_QUICK): a copy of a database seeded once by COPY and kept between runs
 * (pages-database.ts), and one server, shared by the cases and every round. Pages are timed through the tRPC door with a
 * signed-in session, as the browser sends them; the campaign add and the import through /v1.
 */

export const PAGES_SEED = 20_261_018;
/** Requests timed per run; the run's figure is their median (first ones warm the server up). */
const WARM_UPS = 3;
const TIMED = 7;
/** Rows of the import of which half are leads of the workspace already. */
export const HALF_EXISTING_ROWS = 50_000;

interface PagesFixture {
  baseUrl: string;
  cookie: string;
  apiKey: string;
  seeded: SeededWorkspace;
  server: BenchServer;
  pages: PagesDatabase;
}

let fixture: Promise<PagesFixture> | undefined;
let fixtureLeads = 0;

async function openFixture(leads: number): Promise<PagesFixture> {
  const pages = await openPagesDatabase(leads, PAGES_SEED);
  try {
    const { db } = pages.database;
    const member = await createTestMember(db, pages.workspaceId);
    const session = await createSession(db, member.user.id, pages.workspaceId);
    const server = await startServer({ url: pages.database.url });
    return {
      baseUrl: server.baseUrl,
      cookie: `leadport_session=${encodeURIComponent(session.token)}`,
      apiKey: pages.apiKey,
      seeded: pages.seeded,
      server,
      pages,
    };
  } catch (error) {
    await pages.database.close();
    throw error;
  }
}

/** The workspace of `leads` leads every pages case shares (seeded on first use). */
export function pagesFixture(leads: number): Promise<PagesFixture> {
  if (fixture && fixtureLeads !== leads) throw new Error("one pages fixture size per bench run");
  fixtureLeads = leads;
  fixture ??= openFixture(leads);
  return fixture;
}

/** Stops the shared server and drops its database once the rounds are over. */
export async function releasePagesFixture(): Promise<void> {
  if (!fixture) return;
  const opened = await fixture.catch(() => undefined);
  fixture = undefined;
  await opened?.server.stop();
  await opened?.pages.database.close();
}

async function call<T>(f: PagesFixture, path: string, input: unknown, method: "GET" | "POST") {
  const encoded = JSON.stringify(input);
  const response =
    method === "GET"
      ? await fetch(`${f.baseUrl}/api/trpc/${path}?input=${encodeURIComponent(encoded)}`, {
          headers: { cookie: f.cookie },
        })
      : await fetch(`${f.baseUrl}/api/trpc/${path}`, {
          method: "POST",
          headers: { cookie: f.cookie, origin: f.baseUrl, "content-type": "application/json" },
          body: encoded,
        });
  const body = (await response.json()) as { result?: { data: T }; error?: unknown };
  if (!response.ok || !body.result) {
    throw new Error(`${path}: HTTP ${response.status} ${JSON.stringify(body.error).slice(0, 300)}`);
  }
  return body.result.data;
}

async function v1<T>(f: PagesFixture, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${f.baseUrl}/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${f.apiKey}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await response.json()) as { data?: T; error?: unknown };
  if (!response.ok || !answer.data) {
    throw new Error(`${method} ${path}: HTTP ${response.status} ${JSON.stringify(answer.error)}`);
  }
  return answer.data;
}

/** The median of TIMED requests after WARM_UPS untimed ones. */
async function medianOf(request: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARM_UPS; i++) await request();
  const times: number[] = [];
  for (let i = 0; i < TIMED; i++) times.push((await timed(request)).ms);
  return median(times);
}

type Page = { leads: unknown[]; nextCursor: string | null };

function pageProblems(page: Page, what: string): string[] {
  return page.leads.length === 50 ? [] : [`${what} held ${page.leads.length} leads`];
}

/** The first page of 50 with no filter, the page after it, and the count of every lead. */
export async function pageRun(leads: number) {
  const f = await pagesFixture(leads);
  const first = await call<Page>(f, "leads.list", { limit: 50 }, "GET");
  const ms = await medianOf(() => call(f, "leads.list", { limit: 50 }, "GET"));
  const next = await medianOf(() =>
    call(f, "leads.list", { limit: 50, cursor: first.nextCursor }, "GET"),
  );
  const count = await medianOf(() => call(f, "leads.count", {}, "GET"));
  return {
    ms,
    phases: { "next page": next, count },
    counts: {},
    problems: pageProblems(first, "a page"),
  };
}

/** A filtered page of 50 (a tag one lead in 50 has, and the most common country), its count, the next page. */
export async function filteredPageRun(leads: number) {
  const f = await pagesFixture(leads);
  const filters = { tags: ["vip"], country: [f.seeded.commonCountry] };
  const input = { ...filters, limit: 50 };
  const first = await call<Page>(f, "leads.list", input, "GET");
  const ms = await medianOf(() => call(f, "leads.list", input, "GET"));
  const count = await medianOf(() => call(f, "leads.count", filters, "GET"));
  const next = await medianOf(() =>
    call(f, "leads.list", { ...input, cursor: first.nextCursor }, "GET"),
  );
  const { count: matching } = await call<{ count: number }>(f, "leads.count", filters, "GET");
  return {
    ms,
    phases: { count, "next page": next },
    counts: { matching },
    problems: pageProblems(first, "a filtered page"),
  };
}

/** A search that matches one lead (so it reads them all), and one that matches many. */
export async function searchRun(leads: number) {
  const f = await pagesFixture(leads);
  const key = f.seeded.rareEmailKey;
  const rareSearch = key.slice(0, key.indexOf("@") + 1);
  const rare = await call<Page>(f, "leads.list", { search: rareSearch, limit: 50 }, "GET");
  const problems = rare.leads.length === 1 ? [] : [`the rare search found ${rare.leads.length}`];
  const ms = await medianOf(() => call(f, "leads.list", { search: rareSearch, limit: 50 }, "GET"));
  const common = await medianOf(() =>
    call(f, "leads.list", { search: f.seeded.commonCompanyWord, limit: 50 }, "GET"),
  );
  const count = await medianOf(() => call(f, "leads.count", { search: rareSearch }, "GET"));
  return { ms, phases: { "common word": common, count }, counts: {}, problems };
}

let runNumber = 0;

/** "Select all leads matching" a tag one lead in 20 has, and add a tag none of them has yet. */
export async function bulkTagRun(leads: number) {
  const f = await pagesFixture(leads);
  runNumber += 1;
  const input = {
    selection: { filters: { tags: ["webinar"] } },
    tag: `bench-${runNumber}-${Date.now()}`,
    action: "add",
  };
  const { ms, value } = await timed(() =>
    call<{ matched: number; changed: number }>(f, "leads.tag", input, "POST"),
  );
  const expected = leads / 20;
  const problems =
    value.changed === expected ? [] : [`tagged ${value.changed} leads, expected ${expected}`];
  return { ms, counts: value, problems };
}

type Added = { added: number; skipped: number; matched: number };

/** Seed 004's `selectAll` into a new campaign (timed), then its `filters` into another. */
export async function campaignAddRun(leads: number) {
  const f = await pagesFixture(leads);
  runNumber += 1;
  const newCampaign = (name: string) =>
    v1<{ id: string }>(f, "POST", "/campaigns", { name: `${name} ${runNumber}` });
  const all = await newCampaign("Everyone");
  const { ms, value } = await timed(() =>
    v1<Added>(f, "POST", `/campaigns/${all.id}/leads`, { selectAll: true }),
  );
  const some = await newCampaign("Country");
  const filters = await timed(() =>
    v1<Added>(f, "POST", `/campaigns/${some.id}/leads`, {
      filters: { country: [f.seeded.commonCountry] },
    }),
  );
  const problems = value.added >= leads ? [] : [`added ${value.added} leads, expected ${leads}`];
  return {
    ms,
    phases: { "filters (one country)": filters.ms },
    counts: { added: value.added, addedByFilters: filters.value.added },
    problems,
  };
}

/**
 * A CSV of 50,000 rows: half are leads of the workspace (as the file that seeded them wrote
 * them), half new (each run's own), shuffled together.
 */
function halfExistingCsv(f: PagesFixture) {
  runNumber += 1;
  const half = HALF_EXISTING_ROWS / 2;
  const { sample } = f.seeded;
  const offset = (runNumber * 7_919) % sample.length;
  const existing = Array.from({ length: half }, (_, i) => sample[(offset + i) % sample.length]);
  // Seeds far from the seeding ones (PAGES_SEED + piece): emails carry `seed % 1000`, so none repeats one.
  const fresh = generateLeads(half, PAGES_SEED + 500 + runNumber);
  const rows = existing.flatMap((lead, i) => [lead, fresh[i]]).filter((lead) => lead !== undefined);
  return {
    half,
    csv: Buffer.from(toCsv(rows)),
    expected: expectedCounts(Buffer.from(toCsv(fresh))),
  };
}

/** `POST /v1/leads/import/csv` of the half-existing file, skipping the leads it has (the default). */
export async function halfExistingImportRun(leads: number) {
  const f = await pagesFixture(leads);
  const { half, csv, expected } = halfExistingCsv(f);
  const { ms, value } = await postCsv(f.baseUrl, f.apiKey, csv);
  const problems: string[] = [];
  if (value.imported !== expected.valid) {
    problems.push(`imported ${value.imported}, expected ${expected.valid}`);
  }
  if (value.skipped !== half + expected.repeated) {
    problems.push(`skipped ${value.skipped}, expected ${half + expected.repeated}`);
  }
  return { ms, counts: { ...value }, problems };
}

type UndoCounts = { deleted: number; reverted: number; membershipsRemoved: number };

async function newestImportId(f: PagesFixture): Promise<string> {
  const { imports } = await v1<{ imports: { id: string }[] }>(f, "GET", "/imports?limit=1");
  const [newest] = imports;
  if (!newest) throw new Error("no import in the history");
  return newest.id;
}

async function undo(f: PagesFixture, importId: string) {
  return timed(async () => {
    const result = await v1<{ counts: UndoCounts }>(f, "POST", `/imports/${importId}/undo`, {});
    return result.counts;
  });
}

/**
 * Undo once history exists (the other cases' imports and campaign adds before it): the
 * half-existing file imported again with updates on and a tag (so undo deletes the half it
 * created and gives the other half their values back), its undo timed; then a campaign add by
 * filters (one country), its undo timed as a phase.
 */
export async function undoRun(leads: number) {
  const f = await pagesFixture(leads);
  const { csv } = halfExistingCsv(f);
  const imported = await postCsv(f.baseUrl, f.apiKey, csv, {
    skipDuplicates: "false",
    tag: `undo-${runNumber}`,
  });
  const { ms, value } = await undo(f, await newestImportId(f));
  const problems: string[] = [];
  if (value.deleted !== imported.value.imported || value.reverted !== imported.value.updated) {
    problems.push(
      `undo deleted ${value.deleted} and reverted ${value.reverted}, the import created ` +
        `${imported.value.imported} and updated ${imported.value.updated}`,
    );
  }
  const campaign = await v1<{ id: string }>(f, "POST", "/campaigns", { name: `Undo ${runNumber}` });
  const added = await v1<Added>(f, "POST", `/campaigns/${campaign.id}/leads`, {
    filters: { country: [f.seeded.commonCountry] },
  });
  const removed = await undo(f, await newestImportId(f));
  if (removed.value.membershipsRemoved !== added.added) {
    problems.push(`undo removed ${removed.value.membershipsRemoved} of ${added.added} memberships`);
  }
  return {
    ms,
    phases: { "campaign add undone": removed.ms },
    counts: { ...value, membershipsRemoved: removed.value.membershipsRemoved },
    problems,
  };
}

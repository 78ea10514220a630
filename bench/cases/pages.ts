import postgres from "postgres";
import { leadFromJson } from "@/lib/leads/lead-from-json";
import { type PreparedLead, prepareLeads } from "@/lib/leads/prepare-leads";
import { createSession } from "@/server/services/auth/sessions";
import { createTestMember } from "@/server/testing/test-workspace";
import { type BenchDatabase, freshDatabase } from "../bench-database";
import { generateLeads, toBulkBody } from "../generate-leads";
import { type BenchServer, startServer } from "../server";
import { median, timed } from "../stats";
import { copyLeads } from "./baselines";

/*
 * The web app's leads pages at 100,000 leads: one database seeded once with COPY (realistic
 * leads, half tagged `batch-a`, one in 50 `vip`, creation dates over a year) and one server,
 * shared by the three cases and every round. Each run times requests through the tRPC door
 * with a signed-in session, as the browser sends them.
 */

export const PAGE_LEADS = 100_000;
const SEED = 20_261_018;
/** Requests timed per run; the run's figure is their median (first ones warm the server up). */
const WARM_UPS = 3;
const TIMED = 7;

interface PagesFixture {
  baseUrl: string;
  cookie: string;
  /** A filter as the leads page sends it: a tag and the most common country. */
  filtered: { tags: string[]; country: string[] };
  /** An email found in one lead only, so the search reads every lead. */
  rareSearch: string;
  /** A company word many leads share. */
  commonSearch: string;
  server: BenchServer;
  bench: BenchDatabase;
}

let fixture: Promise<PagesFixture> | undefined;

/** 100,000 cleaned, distinct leads from the bench's generator, tagged for the filters. */
function seededLeads(): PreparedLead[] {
  const records = toBulkBody(generateLeads(PAGE_LEADS * 1.1, SEED)).leads.map(leadFromJson);
  const { leads } = prepareLeads(records, { dataCleanup: true });
  if (leads.length < PAGE_LEADS) throw new Error(`only ${leads.length} distinct leads generated`);
  return leads.slice(0, PAGE_LEADS).map((prepared, i) => {
    const tags = [i % 2 === 0 ? "batch-a" : "batch-b", ...(i % 50 === 0 ? ["vip"] : [])];
    return { ...prepared, lead: { ...prepared.lead, tags } };
  });
}

function mostCommon(values: ReadonlyArray<string | undefined>): string {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
}

async function openFixture(): Promise<PagesFixture> {
  const bench = await freshDatabase("postgres");
  try {
    return await seedAndServe(bench);
  } catch (error) {
    await bench.close();
    throw error;
  }
}

async function seedAndServe(bench: BenchDatabase): Promise<PagesFixture> {
  const url = bench.url as string;
  const leads = seededLeads();
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await copyLeads(sql, bench.workspaceId, leads);
    // A workspace that grew over a year: creation times five minutes apart, newest last copied.
    await sql`
      update leads set created_at = now() - make_interval(mins => numbered.n::int * 5)
      from (select id, row_number() over (order by id) as n from leads
            where workspace_id = ${bench.workspaceId}) as numbered
      where leads.workspace_id = ${bench.workspaceId} and leads.id = numbered.id`;
    await sql`vacuum analyze leads`;
  } finally {
    await sql.end();
  }
  const member = await createTestMember(bench.database.db, bench.workspaceId);
  const session = await createSession(bench.database.db, member.user.id, bench.workspaceId);
  const server = await startServer({ url });
  const rare = leads[PAGE_LEADS - 1_234]?.emailKey ?? "";
  return {
    baseUrl: server.baseUrl,
    cookie: `leadport_session=${encodeURIComponent(session.token)}`,
    filtered: { tags: ["vip"], country: [mostCommon(leads.map(({ lead }) => lead.country))] },
    rareSearch: rare.slice(0, rare.indexOf("@") + 1),
    commonSearch: mostCommon(leads.map(({ lead }) => lead.companyName?.split(" ")[0])),
    server,
    bench,
  };
}

function pagesFixture(): Promise<PagesFixture> {
  fixture ??= openFixture();
  return fixture;
}

/** Stops the shared server and drops its database once the rounds are over. */
export async function releasePagesFixture(): Promise<void> {
  if (!fixture) return;
  const opened = await fixture.catch(() => undefined);
  fixture = undefined;
  await opened?.server.stop();
  await opened?.bench.close();
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

/** The median of TIMED requests after WARM_UPS untimed ones. */
async function medianOf(request: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARM_UPS; i++) await request();
  const times: number[] = [];
  for (let i = 0; i < TIMED; i++) times.push((await timed(request)).ms);
  return median(times);
}

type Page = { leads: unknown[]; nextCursor: string | null };

/** A filtered page of 50 (tag and country), its total, and the page after it. */
export async function filteredPageRun() {
  const f = await pagesFixture();
  const input = { ...f.filtered, limit: 50 };
  const first = await call<Page>(f, "leads.list", input, "GET");
  const problems = first.leads.length === 50 ? [] : [`a page held ${first.leads.length} leads`];
  const ms = await medianOf(() => call(f, "leads.list", input, "GET"));
  const count = await medianOf(() => call(f, "leads.count", f.filtered, "GET"));
  const next = await medianOf(() =>
    call(f, "leads.list", { ...input, cursor: first.nextCursor }, "GET"),
  );
  const { count: matching } = await call<{ count: number }>(f, "leads.count", f.filtered, "GET");
  return { ms, phases: { count, "next page": next }, counts: { matching }, problems };
}

/** A search that matches one lead (so it reads them all), and one that matches many. */
export async function searchRun() {
  const f = await pagesFixture();
  const rare = await call<Page>(f, "leads.list", { search: f.rareSearch, limit: 50 }, "GET");
  const problems = rare.leads.length === 1 ? [] : [`the rare search found ${rare.leads.length}`];
  const ms = await medianOf(() =>
    call(f, "leads.list", { search: f.rareSearch, limit: 50 }, "GET"),
  );
  const common = await medianOf(() =>
    call(f, "leads.list", { search: f.commonSearch, limit: 50 }, "GET"),
  );
  const count = await medianOf(() => call(f, "leads.count", { search: f.rareSearch }, "GET"));
  return { ms, phases: { "common word": common, count }, counts: {}, problems };
}

let tagRun = 0;

/** "Select all 50,000 leads matching" and add a tag none of them has yet: one request. */
export async function bulkTagRun() {
  const f = await pagesFixture();
  tagRun += 1;
  const input = {
    selection: { filters: { tags: ["batch-a"] } },
    tag: `bench-${tagRun}-${Date.now()}`,
    action: "add",
  };
  const { ms, value } = await timed(() =>
    call<{ matched: number; changed: number }>(f, "leads.tag", input, "POST"),
  );
  const expected = PAGE_LEADS / 2;
  const problems =
    value.changed === expected ? [] : [`tagged ${value.changed} leads, expected ${expected}`];
  return { ms, counts: value, problems };
}

import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openPostgres } from "@/db/client";
import {
  type CapturedPlan,
  explainEverySession,
  PlanCollector,
  relationsRead,
} from "@/db/testing/captured-plans";
import { SHARD_PARTITIONS } from "@/db/testing/shard-workspace-tables";
import {
  createTestDatabase,
  isShardedTestRun,
  TEST_DATABASE_URL,
  type TestDatabase,
} from "@/db/testing/test-database";
import type { LeadRecord } from "@/lib/fields/catalogue";
import { tallyOutcomes } from "@/lib/leads/outcome-tally";
import type { OutcomeKind, RowOutcome } from "@/lib/leads/row-outcome";
import { DEFAULT_IMPORT_OPTIONS, type ImportOptions } from "@/lib/schemas/import-options";
import { logger } from "@/server/logger";
import { addLeadsToCampaign } from "@/server/services/campaigns/add-leads-to-campaign";
import { createCampaign } from "@/server/services/campaigns/create-campaign";
import type { ServiceContext } from "@/server/services/context";
import { withImportRecord } from "@/server/services/imports/with-import-record";
import { deleteLeads } from "@/server/services/leads/delete-leads";
import { getLead } from "@/server/services/leads/get-lead";
import { importLeads } from "@/server/services/leads/import-leads";
import { listLeads } from "@/server/services/leads/list-leads";
import { createTestWorkspace } from "@/server/testing/test-workspace";

/*
 * `npm run test:sharded`: the workspace tables are hash-partitioned by workspace_id, as Citus
 * would distribute them. Each hot statement, as the services send it, must touch one partition
 * (the workspace's), the way a distributed query would be routed to one shard.
 */

let database: TestDatabase;
let explained: Database;
const collector = new PlanCollector();
/** Workspace → its partition number, for the workspaces created here. */
const partitionOf = new Map<string, number>();

beforeAll(async () => {
  expect(isShardedTestRun).toBe(true);
  database = await createTestDatabase();
  const admin = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    await explainEverySession(admin, database.name);
  } finally {
    await admin.end();
  }
  explained = await openPostgres(database.url, { max: 4, onNotice: collector.onNotice });
});

afterAll(async () => {
  await explained?.close();
  await database?.close();
});

async function partitionNumber(workspaceId: string): Promise<number> {
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ remainder: number }[]>`
      select remainder from generate_series(0, ${SHARD_PARTITIONS - 1}) as remainder
      where satisfies_hash_partition('leads'::regclass, ${SHARD_PARTITIONS}, remainder, ${workspaceId}::text)`;
    return row?.remainder as number;
  } finally {
    await sql.end();
  }
}

/** A workspace with `count` leads, written through the engine on the plain connection. */
async function workspaceWithLeads(count: number): Promise<ServiceContext> {
  const { workspaceId } = await createTestWorkspace(database.db);
  partitionOf.set(workspaceId, await partitionNumber(workspaceId));
  const ctx = { db: database.db, workspaceId, logger };
  const { outcomes } = await importLeads({
    ctx,
    pieces: [leadRecords(workspaceId, count)],
    options: OPTIONS,
  });
  expectCounts(outcomes, count === 0 ? {} : { created: count });
  return { ...ctx, db: explained.db };
}

const OPTIONS: ImportOptions = DEFAULT_IMPORT_OPTIONS;

function leadRecords(prefix: string, count: number, offset = 0): LeadRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    email: `lead${i + offset}@${prefix.slice(0, 8)}.example.com`,
    firstName: `Lead${i + offset}`,
    country: i % 2 === 0 ? "DE" : "US",
    tags: i % 3 === 0 ? ["third"] : [],
  }));
}

/** Partition numbers each plan touched, per statement (`leads_p3` → 3). */
function partitionsTouched(plans: CapturedPlan[]): Array<{ query: string; partitions: number[] }> {
  return plans.map(({ query, plan }) => ({
    query: query.replace(/\s+/g, " ").slice(0, 160),
    partitions: [
      ...new Set(
        relationsRead(plan).flatMap((name) => {
          const match = /_p(\d+)$/.exec(name);
          return match ? [Number(match[1])] : [];
        }),
      ),
    ],
  }));
}

/**
 * Runs a service call and checks every statement it sent: none reads or writes a partition but
 * the workspace's, and together they did touch it.
 */
async function expectOnePartition(ctx: ServiceContext, call: () => Promise<unknown>) {
  const { plans } = await collector.during(call);
  const touched = partitionsTouched(plans);
  const own = partitionOf.get(ctx.workspaceId);
  const strays = touched.filter(({ partitions }) => partitions.some((p) => p !== own));
  expect(strays).toEqual([]);
  expect(touched.some(({ partitions }) => partitions.includes(own as number))).toBe(true);
}

/** A failed batch is logged and its rows reported failed, not thrown: the counts tell it. */
function expectCounts(
  outcomes: readonly RowOutcome[],
  expected: Partial<Record<OutcomeKind, number>>,
) {
  const counts = Object.entries(tallyOutcomes(outcomes)).filter(([, value]) => value !== 0);
  expect(Object.fromEntries(counts)).toEqual(expected);
}

async function recordedImport(
  ctx: ServiceContext,
  records: LeadRecord[],
  expected: Partial<Record<OutcomeKind, number>>,
  options = OPTIONS,
) {
  const { outcomes } = await withImportRecord({
    ctx,
    origin: { door: "bulk", totalRows: records.length },
    options,
    run: (recorded) => importLeads({ ctx, pieces: [records], options, ...recorded }),
  });
  expectCounts(outcomes, expected);
}

describe("hot statements on workspace tables partitioned by workspace_id", () => {
  let ctx: ServiceContext;

  beforeAll(async () => {
    // Neighbours in other partitions, so a statement that is not routed would read their rows.
    for (let i = 0; i < 6; i++) await workspaceWithLeads(30);
    ctx = await workspaceWithLeads(0);
    const others = [...partitionOf.values()].filter((p) => p !== partitionOf.get(ctx.workspaceId));
    expect(others.length).toBeGreaterThan(0);
  });

  it("writes a batch of new leads in the workspace's partition only", async () => {
    await expectOnePartition(ctx, () =>
      recordedImport(ctx, leadRecords(ctx.workspaceId, 1_200), { created: 1_200 }),
    );
  });

  it("updates existing leads in a batch in the workspace's partition only", async () => {
    const options = { ...OPTIONS, skipDuplicates: false, tag: "again" };
    await expectOnePartition(ctx, () =>
      recordedImport(ctx, leadRecords(ctx.workspaceId, 300), { updated: 300 }, options),
    );
  });

  it("restores deleted leads in a batch in the workspace's partition only", async () => {
    await deleteLeads({ ctx, input: { selection: { filters: { tags: ["third"] } } } });
    // Every third lead had the tag: 200 of the file's 600 come back, the other 400 are there.
    await expectOnePartition(ctx, () =>
      recordedImport(ctx, leadRecords(ctx.workspaceId, 600), { restored: 200, existing: 400 }),
    );
  });

  it("adds every lead, or the leads a filter matches, to a campaign in one partition", async () => {
    const campaign = await createCampaign({ ctx, input: { name: "Sharded" } });
    await expectOnePartition(ctx, () =>
      addLeadsToCampaign({ ctx, campaignId: campaign.id, input: { filters: { country: ["DE"] } } }),
    );
    await expectOnePartition(ctx, () =>
      addLeadsToCampaign({ ctx, campaignId: campaign.id, input: { selectAll: true } }),
    );
  });

  it("reads a page of leads, filtered or not, and the next page, from one partition", async () => {
    const first = await listLeads({ ctx, input: { limit: 50 } });
    await expectOnePartition(ctx, () => listLeads({ ctx, input: { limit: 50 } }));
    await expectOnePartition(ctx, () =>
      listLeads({ ctx, input: { limit: 50, cursor: first.nextCursor ?? undefined } }),
    );
    await expectOnePartition(ctx, () =>
      listLeads({ ctx, input: { limit: 50, tags: ["again"], country: ["US"] } }),
    );
    await expectOnePartition(ctx, () => listLeads({ ctx, input: { limit: 50, search: "lead7" } }));
  });

  it("reads a lead by id from one partition", async () => {
    const { leads } = await listLeads({ ctx, input: { limit: 1 } });
    const leadId = leads[0]?.id as string;
    await expectOnePartition(ctx, () => getLead({ ctx, leadId }));
  });
});

import { writeFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { openPostgres } from "@/db/client";
import { type CapturedPlan, explainEverySession, PlanCollector } from "@/db/testing/captured-plans";
import { prepareTemplateDatabase, TEST_DATABASE_URL } from "@/db/testing/test-database";
import { leadFromJson } from "@/lib/leads/lead-from-json";
import { DEFAULT_IMPORT_OPTIONS } from "@/lib/schemas/import-options";
import { createLogger } from "@/server/logger";
import { addLeadsToCampaign } from "@/server/services/campaigns/add-leads-to-campaign";
import { createCampaign } from "@/server/services/campaigns/create-campaign";
import type { ServiceContext } from "@/server/services/context";
import { undoImport } from "@/server/services/imports/undo-import";
import { withImportRecord } from "@/server/services/imports/with-import-record";
import { countLeads } from "@/server/services/leads/count-leads";
import { getLead } from "@/server/services/leads/get-lead";
import { importLeads } from "@/server/services/leads/import-leads";
import { listLeads } from "@/server/services/leads/list-leads";
import { tagLeads } from "@/server/services/leads/tag-leads";
import { PAGES_SEED } from "./cases/pages";
import { toBulkBody } from "./generate-leads";
import { openPagesDatabase } from "./pages-database";
import { renderPlan } from "./render-plan";

/*
 * `npm run bench:plans`: the plans of the hot statements, as the services send them, in a copy of
 * the pages bench's workspace of a million leads (100,000 with BENCH_QUICK=1), each captured with
 * auto_explain (EXPLAIN (ANALYZE, BUFFERS)) and written to bench/results/plans-<size>.md. The
 * services run in this process on one connection, so their statements run one after another.
 */

const isQuick = process.env.BENCH_QUICK === "1";
const LEADS = isQuick ? 100_000 : 1_000_000;
const SIZE = isQuick ? "100k" : "million";
const IMPORT_ROWS = 1_000;

interface Step {
  title: string;
  why: string;
  run: (ctx: ServiceContext) => Promise<unknown>;
}

await prepareTemplateDatabase();
const pages = await openPagesDatabase(LEADS, PAGES_SEED);
const { seeded, workspaceId } = pages;
const admin = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
try {
  // Not nested: a foreign key's check is a statement of its own, once per row inserted.
  await explainEverySession(admin, pages.database.name, { timing: true, isNested: false });
} finally {
  await admin.end();
}
const collector = new PlanCollector();
const explained = await openPostgres(pages.database.url, { max: 1, onNotice: collector.onNotice });
const ctx: ServiceContext = { db: explained.db, workspaceId, logger: createLogger({}, "warn") };

const rareSearch = seeded.rareEmailKey.slice(0, seeded.rareEmailKey.indexOf("@") + 1);
const filters = { tags: ["vip"], country: [seeded.commonCountry] };
const first = await listLeads({ ctx, input: { limit: 50 } });
const someLead = first.leads[7]?.id ?? "";
const half = seeded.sample.slice(0, IMPORT_ROWS / 2);
let importId = "";

const steps: Step[] = [
  {
    title: "Leads page: first page",
    why: "newest first",
    run: () => listLeads({ ctx, input: { limit: 50 } }),
  },
  {
    title: "Leads page: next page",
    why: "keyset cursor",
    run: () => listLeads({ ctx, input: { limit: 50, cursor: first.nextCursor ?? undefined } }),
  },
  {
    title: "Leads page: filtered (a tag 1 lead in 50 has, and a country)",
    why: "the tags GIN or the newest-first index, as the planner weighs them",
    run: () => listLeads({ ctx, input: { ...filters, limit: 50 } }),
  },
  {
    title: "Leads count: filtered",
    why: '"all N matching"',
    run: () => countLeads({ ctx, input: filters }),
  },
  {
    title: "Leads page: search matching one lead",
    why: "the trigram index",
    run: () => listLeads({ ctx, input: { search: rareSearch, limit: 50 } }),
  },
  {
    title: `Leads page: search for a common word (${seeded.commonCompanyWord})`,
    why: "newest first, stopping at 50 matches",
    run: () => listLeads({ ctx, input: { search: seeded.commonCompanyWord, limit: 50 } }),
  },
  { title: "Lead by id", why: "primary key", run: () => getLead({ ctx, leadId: someLead }) },
  {
    title: "Tag all matching (one lead in 20)",
    why: "the tags GIN",
    run: () =>
      tagLeads({
        ctx,
        input: { selection: { filters: { tags: ["webinar"] } }, tag: "plans", action: "add" },
      }),
  },
  {
    title: "Campaign add: filters (one country)",
    why: "one INSERT … SELECT",
    run: async () => {
      const campaign = await createCampaign({ ctx, input: { name: "Plans: country" } });
      return addLeadsToCampaign({
        ctx,
        campaignId: campaign.id,
        input: { filters: { country: [seeded.commonCountry] } },
      });
    },
  },
  {
    title: "Campaign add: selectAll",
    why: "every lead, in id order by the primary key (ids are time-ordered, so that is table order); the time is in the writes",
    run: async () => {
      const campaign = await createCampaign({ ctx, input: { name: "Plans: everyone" } });
      return addLeadsToCampaign({ ctx, campaignId: campaign.id, input: { selectAll: true } });
    },
  },
  {
    title: `Import: ${IMPORT_ROWS.toLocaleString("en-US")} rows, half existing, updates on`,
    why: "the batch upsert finds existing leads by the live-email index",
    run: async () => {
      const options = { ...DEFAULT_IMPORT_OPTIONS, skipDuplicates: false, tag: "plans-import" };
      const records = toBulkBody(half).leads.map(leadFromJson);
      const fresh = records.map((record, i) => ({ ...record, email: `plans-${i}@fresh.example` }));
      const result = await withImportRecord({
        ctx,
        origin: { door: "bulk", totalRows: IMPORT_ROWS },
        options,
        run: (recorded) =>
          importLeads({ ctx, pieces: [[...records, ...fresh]], options, ...recorded }),
      });
      importId = result.importId ?? "";
      return result;
    },
  },
  {
    title: "Undo of that import",
    why: "the import's own record, then the leads by primary key",
    run: () => undoImport({ ctx, importId, input: { dryRun: false, force: false } }),
  },
];

const sections: string[] = [];
for (const step of steps) {
  const { plans } = await collector.during(() => step.run(ctx));
  const total = plans.reduce((sum, plan) => sum + plan.durationMs, 0);
  console.log(`${step.title}: ${plans.length} statements, ${Math.round(total)} ms`);
  sections.push(section(step, plans));
}
await explained.close();
await pages.database.close();

const file = path.join("bench", "results", `plans-${SIZE}.md`);
writeFileSync(
  file,
  `# Plans of the hot statements at ${LEADS.toLocaleString("en-US")} leads\n\n` +
    "Written by `npm run bench:plans` (bench/plans.ts): each statement the services sent, as " +
    "auto_explain logged it (`EXPLAIN (ANALYZE, BUFFERS)`, per-node timing on), in a copy of " +
    "the pages bench's workspace " +
    `(${LEADS.toLocaleString("en-US")} leads seeded by COPY, analysed). Statements on other tables ` +
    "than leads and campaign_leads that touch a row or two (the import record, the campaign row) " +
    "are listed by their first line only. Each statement ran once, on a fresh copy (cold " +
    "cache), on a machine shared with other work: read the plans for the index that served, " +
    "the rows and the buffers, and the bench for times.\n\n" +
    `Generated ${new Date().toISOString()}.\n\n${sections.join("\n")}`,
);
console.log(`Plans in ${file}`);

/** Whether a statement reads or writes the big tables, so its plan is worth printing whole. */
function isHot(plan: CapturedPlan): boolean {
  return /\b(leads|campaign_leads|import_batches)\b/.test(plan.query);
}

function section(step: Step, plans: CapturedPlan[]): string {
  const lines = [`## ${step.title}\n`, `Expected: ${step.why}.\n`];
  for (const plan of plans) {
    const query = plan.query.replace(/\s+/g, " ").trim();
    if (!isHot(plan)) {
      lines.push(`- ${plan.durationMs.toFixed(1)} ms: \`${query.slice(0, 100)}\``);
      continue;
    }
    lines.push(
      `\n**${plan.durationMs.toFixed(1)} ms**: \`${query.slice(0, 400)}${query.length > 400 ? " …" : ""}\`\n`,
      "```",
      renderPlan(plan.plan),
      ...plan.triggers.map(
        (trigger) => `Trigger ${trigger.name}: ${trigger.ms.toFixed(0)} ms, ${trigger.calls} calls`,
      ),
      "```",
    );
  }
  return `${lines.join("\n")}\n`;
}

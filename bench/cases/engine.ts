import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import { cleanLead } from "@/lib/cleanup/clean-lead";
import { parseCsv } from "@/lib/csv/parse-csv";
import type { LeadRecord } from "@/lib/fields/catalogue";
import type { ImportDoor } from "@/lib/fields/import-doors";
import { collectCsvWarnings } from "@/lib/leads/collect-csv-warnings";
import { leadFromJson } from "@/lib/leads/lead-from-json";
import { leadsFromRows } from "@/lib/leads/leads-from-rows";
import { tallyOutcomes } from "@/lib/leads/outcome-tally";
import { summarizeBulk } from "@/lib/leads/summarize-outcomes";
import { MAX_CSV_ROWS } from "@/lib/limits";
import { detectMapping } from "@/lib/mapping/detect-mapping";
import { DEFAULT_IMPORT_OPTIONS, type ImportOptions } from "@/lib/schemas/import-options";
import { bulkLeadsBodySchema } from "@/lib/schemas/lead";
import { withImportRecord } from "@/server/services/imports/with-import-record";
import { importLeads } from "@/server/services/leads/import-leads";
import { type BenchDatabase, type DbKind, freshDatabase } from "../bench-database";
import { watchCpu } from "../cpu";
import { bulkJson, csvBytes, type DatasetSpec } from "../datasets";
import { watchRss } from "../rss";
import { timed } from "../stats";
import type { WorkerResult } from "../worker-protocol";

const OPTIONS = DEFAULT_IMPORT_OPTIONS;

/** One dry run of other rows first, so the timed run meets warm code (as a serving process does). */
async function warmUp(bench: BenchDatabase, seed: number) {
  const body = bulkLeadsBodySchema.parse(JSON.parse(bulkJson({ rows: 500, seed: seed + 7_777 })));
  const records = (body.leads ?? []).map(leadFromJson);
  await importLeads({ ctx: bench.ctx, pieces: [records], options: { ...OPTIONS, dryRun: true } });
}

function jsonRecords(spec: DatasetSpec): LeadRecord[] {
  const body = bulkLeadsBodySchema.parse(JSON.parse(bulkJson(spec)));
  return (body.leads ?? []).map(leadFromJson);
}

/** The engine as a black box, in its record: `importLeads` over JSON-shaped records, cleanup on. */
export async function engineCase(db: DbKind, spec: DatasetSpec): Promise<WorkerResult> {
  const bench = await freshDatabase(db);
  try {
    await warmUp(bench, spec.seed);
    const records = jsonRecords(spec);
    const rss = watchRss(process.pid);
    const cpu = await watchCpu(bench);
    const { ms, value } = await timed(() => recordedImport(bench, records, "bulk"));
    const cpuMs = await cpu.stop();
    const tally = tallyOutcomes(value.outcomes);
    const bytesPerCreatedLead = Math.round(
      (await importRecordBytes(bench)) / Math.max(1, tally.created),
    );
    return { ms, rss: rss.stop(), counts: { ...tally, ...cpuMs, bytesPerCreatedLead } };
  } finally {
    await bench.close();
  }
}

/** The engine inside its import record, as every door that records an import runs it. */
function recordedImport(
  bench: BenchDatabase,
  records: LeadRecord[],
  door: ImportDoor,
  options: ImportOptions = OPTIONS,
) {
  return withImportRecord({
    ctx: bench.ctx,
    origin: { door, totalRows: records.length },
    options,
    run: (recorded) => importLeads({ ctx: bench.ctx, pieces: [records], options, ...recorded }),
  });
}

/**
 * What a month-later export of the same leads changes: a new title and company, a custom field
 * that moved, and the request's tag. Every lead is updated and three of its fields differ.
 */
function changedRecords(records: LeadRecord[]): LeadRecord[] {
  return records.map((record) => ({
    ...record,
    jobTitle: record.jobTitle && `Head of ${record.jobTitle}`,
    companyName: record.companyName && `${record.companyName} Group`,
    customFields: { ...record.customFields, "Lead Score": "99" },
  }));
}

/** Bytes the database holds for what imports recorded (the whole table: heap, TOAST, indexes). */
async function importRecordBytes(bench: BenchDatabase): Promise<number> {
  const [row] = rowsOf<{ bytes: string | null }>(
    await bench.database.db.execute(
      sql`select pg_total_relation_size(to_regclass('import_batches')) as bytes`,
    ),
  );
  return Number(row?.bytes ?? 0);
}

/**
 * The engine updating every lead of a workspace (skipDuplicates false): the same leads imported
 * once untimed, then again with three fields changed and a tag, timed. Reports what the update
 * import's record takes per updated lead, measured from the table's size.
 */
export async function engineUpdateCase(db: DbKind, spec: DatasetSpec): Promise<WorkerResult> {
  const bench = await freshDatabase(db);
  try {
    await warmUp(bench, spec.seed);
    const records = jsonRecords(spec);
    await recordedImport(bench, records, "bulk");
    const bytesBefore = await importRecordBytes(bench);
    const changed = changedRecords(records);
    const options = { ...OPTIONS, skipDuplicates: false, tag: "reimported" };
    const rss = watchRss(process.pid);
    const cpu = await watchCpu(bench);
    const { ms, value } = await timed(() => recordedImport(bench, changed, "bulk", options));
    const cpuMs = await cpu.stop();
    const tally = tallyOutcomes(value.outcomes);
    const recordBytes = (await importRecordBytes(bench)) - bytesBefore;
    // No `created` key: the runner checks `written` (every valid lead updated) when it is absent.
    const counts = {
      updated: tally.updated,
      failed: tally.failed,
      written: tally.updated,
      ...cpuMs,
      bytesPerUpdatedLead: Math.round(recordBytes / Math.max(1, tally.updated)),
    };
    return { ms, rss: rss.stop(), counts };
  } finally {
    await bench.close();
  }
}

/** The write phase: the engine on records already cleaned, so it only validates, dedupes, writes. */
async function writeCleaned(bench: BenchDatabase, cleaned: LeadRecord[], door: ImportDoor) {
  const { outcomes } = await recordedImport(bench, cleaned, door, {
    ...OPTIONS,
    dataCleanup: false,
  });
  return { outcomes, summary: summarizeBulk(outcomes) };
}

/** `POST /v1/leads/import/csv`'s work in process, phase by phase, on the same file. */
export async function csvPhasesCase(db: DbKind, spec: DatasetSpec): Promise<WorkerResult> {
  const bench = await freshDatabase(db);
  try {
    await warmUp(bench, spec.seed);
    const bytes = csvBytes(spec);
    const rss = watchRss(process.pid);
    const parse = await timed(() => parseCsv(bytes, { maxRows: MAX_CSV_ROWS }));
    const parsed = parse.value;
    const map = await timed(() => {
      const mapping = detectMapping(parsed.headers, parsed.rows.slice(0, 200));
      collectCsvWarnings(parsed.rows, mapping.columns, (index) => index + 2);
      return leadsFromRows(parsed.rows, mapping.columns);
    });
    const clean = await timed(() => map.value.map((record) => cleanLead(record, {})));
    const write = await timed(() => writeCleaned(bench, clean.value, "csv"));
    const phases = { parse: parse.ms, map: map.ms, clean: clean.ms, write: write.ms };
    const ms = parse.ms + map.ms + clean.ms + write.ms;
    return { ms, phases, rss: rss.stop(), counts: tallyOutcomes(write.value.outcomes) };
  } finally {
    await bench.close();
  }
}

/** `POST /v1/leads/bulk`'s work in process, phase by phase: JSON and zod, mapping, cleanup, write. */
export async function jsonPhasesCase(db: DbKind, spec: DatasetSpec): Promise<WorkerResult> {
  const bench = await freshDatabase(db);
  try {
    await warmUp(bench, spec.seed);
    const text = bulkJson(spec);
    const rss = watchRss(process.pid);
    const parse = await timed(() => bulkLeadsBodySchema.parse(JSON.parse(text)));
    const map = await timed(() => (parse.value.leads ?? []).map(leadFromJson));
    const clean = await timed(() => map.value.map((record) => cleanLead(record, {})));
    const write = await timed(() => writeCleaned(bench, clean.value, "bulk"));
    const phases = { parse: parse.ms, map: map.ms, clean: clean.ms, write: write.ms };
    const ms = parse.ms + map.ms + clean.ms + write.ms;
    return { ms, phases, rss: rss.stop(), counts: tallyOutcomes(write.value.outcomes) };
  } finally {
    await bench.close();
  }
}

import { readFileSync } from "node:fs";
import { parseCsv } from "@/lib/csv/parse-csv";
import { leadsFromRows } from "@/lib/leads/leads-from-rows";
import { type PreparedLead, prepareLeads } from "@/lib/leads/prepare-leads";
import { MAX_CSV_ROWS } from "@/lib/limits";
import { detectMapping } from "@/lib/mapping/detect-mapping";
import { generateLeads, toBulkBody, toCsv } from "./generate-leads";

/** The cases' data sets; every process derives the same bytes from (rows, seed). */
export interface DatasetSpec {
  rows: number;
  seed: number;
  /** Characters of notes per row: pads the file towards a target size. */
  notesLength?: number;
}

export function csvBytes(spec: DatasetSpec): Buffer {
  return Buffer.from(toCsv(generateLeads(spec.rows, spec.seed, spec)));
}

export function bulkJson(spec: DatasetSpec): string {
  return JSON.stringify(toBulkBody(generateLeads(spec.rows, spec.seed, spec)));
}

/** The file as the engine sees it after parsing, mapping and cleanup: what a baseline writes. */
export function cleanedLeadsOfCsv(bytes: Uint8Array): PreparedLead[] {
  const parsed = parseCsv(bytes, { maxRows: MAX_CSV_ROWS });
  const mapping = detectMapping(parsed.headers, parsed.rows.slice(0, 200));
  const records = leadsFromRows(parsed.rows, mapping.columns);
  return prepareLeads(records, { dataCleanup: true }).leads;
}

export interface ExpectedCounts {
  total: number;
  /** Valid and first with their email: imported into an empty workspace. */
  valid: number;
  repeated: number;
  failed: number;
}

/** What an import of the file into an empty workspace must answer, to check the server. */
export function expectedCounts(bytes: Uint8Array): ExpectedCounts {
  const parsed = parseCsv(bytes, { maxRows: MAX_CSV_ROWS });
  const mapping = detectMapping(parsed.headers, parsed.rows.slice(0, 200));
  const records = leadsFromRows(parsed.rows, mapping.columns);
  const { leads, outcomes } = prepareLeads(records, { dataCleanup: true });
  let repeated = 0;
  for (const outcome of outcomes) if (outcome?.kind === "repeated") repeated += 1;
  const total = parsed.rows.length;
  return { total, valid: leads.length, repeated, failed: total - leads.length - repeated };
}

/** The notes length that brings `rows` rows to about `targetBytes`. */
export function notesLengthFor(rows: number, targetBytes: number, seed: number): number {
  const plain = csvBytes({ rows: 1_000, seed }).byteLength / 1_000;
  return Math.max(0, Math.floor(targetBytes / rows - plain - 1));
}

/**
 * The 50,000-row workbook the tests import (the generator's leads, seed 7, saved by LibreOffice),
 * and the CSV it was made from: what an import of the workbook must count.
 */
export function workbookFixture(): { xlsx: Buffer; csv: Buffer } {
  const file = (extension: string) =>
    readFileSync(new URL(`../e2e/fixtures/xlsx/fifty-thousand.${extension}`, import.meta.url));
  return { xlsx: file("xlsx"), csv: file("csv") };
}

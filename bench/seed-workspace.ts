import type postgres from "postgres";
import { leadFromJson } from "@/lib/leads/lead-from-json";
import { type PreparedLead, prepareLeads } from "@/lib/leads/prepare-leads";
import { newUuidV7s } from "@/lib/uuid-v7";
import { copyLeads } from "./copy-leads";
import { type BenchLead, generateLeads, toBulkBody } from "./generate-leads";

/*
 * A large workspace for the pages bench: the bench's generator, cleaned as an import would, and
 * streamed into `leads` by COPY in pieces of 100,000 (so the bench process never holds a million
 * leads), with tags for the filters and creation times spread over a year, newest last.
 */

const PIECE = 100_000;
/** Every lead this far apart joins the sample an import of "half existing" rows reuses. */
const SAMPLE_EVERY = 20;
/** A year, in milliseconds: the seeded leads' creation times span it. */
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** Tags by position: halves, one lead in 20 (a bulk action's 50,000 of a million), one in 50. */
export function seededTags(position: number): string[] {
  return [
    position % 2 === 0 ? "batch-a" : "batch-b",
    ...(position % 20 === 0 ? ["webinar"] : []),
    ...(position % 50 === 0 ? ["vip"] : []),
  ];
}

export interface SeededWorkspace {
  count: number;
  /** An email key held by one lead only, near the oldest end (a search must read far). */
  rareEmailKey: string;
  /** The country most seeded leads have, as cleanup stored it. */
  commonCountry: string;
  /** The first word of the company name most seeded leads share. */
  commonCompanyWord: string;
  /** Generated rows of seeded leads, as they were in the file: an import of them matches. */
  sample: BenchLead[];
}

function mostCommon(counts: Map<string, number>): string {
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
}

function tally(counts: Map<string, number>, value: string | undefined) {
  if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
}

/** One piece: `size` distinct cleaned leads from a seed of its own (seeds keep emails apart). */
function seedPiece(size: number, seed: number): { generated: BenchLead[]; leads: PreparedLead[] } {
  const generated = generateLeads(Math.ceil(size * 1.1), seed);
  const records = toBulkBody(generated).leads.map(leadFromJson);
  const { leads } = prepareLeads(records, { dataCleanup: true });
  if (leads.length < size) throw new Error(`only ${leads.length} distinct leads generated`);
  return { generated, leads: leads.slice(0, size) };
}

export async function seedWorkspaceLeads(
  sql: postgres.Sql,
  workspaceId: string,
  count: number,
  seed: number,
): Promise<SeededWorkspace> {
  const countries = new Map<string, number>();
  const companies = new Map<string, number>();
  const sample: BenchLead[] = [];
  let rareEmailKey = "";
  const newest = Date.now();
  for (let start = 0, piece = 0; start < count; start += PIECE, piece++) {
    const size = Math.min(PIECE, count - start);
    const { generated, leads } = seedPiece(size, seed + piece);
    const tagged = leads.map((prepared, i) => {
      const position = start + i;
      tally(countries, prepared.lead.country);
      tally(companies, prepared.lead.companyName?.split(" ")[0]);
      if (position % SAMPLE_EVERY === 0) sample.push(generated[prepared.row] as BenchLead);
      return { ...prepared, lead: { ...prepared.lead, tags: seededTags(position) } };
    });
    if (piece === 0) rareEmailKey = tagged[1_234]?.emailKey ?? "";
    // Time-ordered ids, as the app makes them (lib/uuid-v7.ts): a scan in id order reads the
    // table in the order it was written, as it would in a workspace filled by imports.
    const ids = newUuidV7s(tagged.length);
    await copyLeads(sql, workspaceId, tagged, {
      createdAt: (i) => new Date(newest - ((count - start - i) * YEAR_MS) / count),
      id: (i) => ids[i] as string,
    });
  }
  return {
    count,
    rareEmailKey,
    commonCountry: mostCommon(countries),
    commonCompanyWord: mostCommon(companies),
    sample,
  };
}

import type { ChunkRowOutcome } from "@/lib/schemas/ui-import";
import { countKeyOf, type RunCounts } from "./outcome-counts";

export type ReportKind = keyof RunCounts | "earlier" | "unsent";

export interface ReportEntry {
  kind: ReportKind;
  detail: string;
}

export const REPORT_LABELS: Record<ReportKind, string> = {
  created: "Created",
  updated: "Updated",
  skipped: "Skipped",
  restored: "Restored",
  failed: "Failed",
  repeated: "Repeated",
  earlier: "Sent earlier",
  unsent: "Not sent",
};

export interface ReportSources {
  outcomes: ReadonlyMap<number, ChunkRowOutcome>;
  /** Row → first row with the same email, for repeats the wizard kept back. */
  repeats: ReadonlyMap<number, number>;
  /** The import record's failed rows (complete even for a resumed run). */
  failures?: ReadonlyMap<number, string>;
  isDryRun: boolean;
  /** Some chunks were applied before this session: their rows' outcomes are not known here. */
  hasEarlierChunks: boolean;
}

function describeOutcome(outcome: ChunkRowOutcome, isDryRun: boolean): string {
  const lead = outcome.leadId ? `lead ${outcome.leadId}` : "a lead";
  switch (outcome.kind) {
    case "created":
      return isDryRun ? "Would be created" : `Created ${lead}`;
    case "updated":
      return isDryRun ? `Would update ${lead}` : `Updated ${lead}`;
    case "restored":
      return isDryRun ? `Would restore deleted ${lead}` : `Restored deleted ${lead}`;
    case "existing":
      return `Already exists as ${lead}`;
    case "deleted-match":
      return `Matches deleted ${lead}`;
    case "repeated":
      return "Same email as another row of this chunk";
    case "failed":
      return outcome.error ?? "Failed";
  }
}

/** Every input row gets one entry, so the report accounts for the whole file. */
export function entryFor(row: number, sources: ReportSources): ReportEntry {
  const outcome = sources.outcomes.get(row);
  if (outcome) {
    return { kind: countKeyOf(outcome.kind), detail: describeOutcome(outcome, sources.isDryRun) };
  }
  const first = sources.repeats.get(row);
  if (first !== undefined) {
    return {
      kind: "repeated",
      detail: `Repeated of row ${first}: the first row with this email wins`,
    };
  }
  const failure = sources.failures?.get(row);
  if (failure) return { kind: "failed", detail: failure };
  if (sources.hasEarlierChunks) {
    return { kind: "earlier", detail: "Imported before the run was resumed" };
  }
  return { kind: "unsent", detail: "Not sent: the run stopped before this row" };
}

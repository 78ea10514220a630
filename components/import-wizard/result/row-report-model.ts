import { failureMessage } from "@/lib/leads/failure-messages";
import {
  WIZARD_COUNT_LABELS,
  type WizardCountKey,
  wizardCountKeyOf,
} from "@/lib/leads/outcome-tally";
import { leadIdOf, type NumberedOutcome } from "@/lib/leads/row-outcome";
import type { ActiveRun, RunResult } from "../run/run-machine";

export type ReportKind = WizardCountKey | "earlier" | "unsent";

export interface ReportEntry {
  kind: ReportKind;
  detail: string;
}

/** The wizard's count labels, and two for rows this session has no outcome for. */
export const REPORT_LABELS = {
  ...(Object.fromEntries(WIZARD_COUNT_LABELS.map(({ key, label }) => [key, label])) as Record<
    WizardCountKey,
    string
  >),
  earlier: "Sent earlier",
  unsent: "Not sent",
} satisfies Record<ReportKind, string>;

export interface ReportSources {
  outcomes: ReadonlyMap<number, NumberedOutcome>;
  /** Row → first row with the same email, for repeats the wizard kept back. */
  repeats: ReadonlyMap<number, number>;
  /** The import record's failed rows (complete even for a resumed run). */
  failures?: ReadonlyMap<number, string>;
  isDryRun: boolean;
  /** Some chunks were applied before this session: their rows' outcomes are not known here. */
  hasEarlierChunks: boolean;
}

/** Where the report finds each row's outcome: the run's, then the import record's failures. */
export function reportSources(run: ActiveRun, failures?: RunResult["failures"]): ReportSources {
  const outcomes = new Map<number, NumberedOutcome>();
  for (const chunk of run.outcomes) for (const outcome of chunk) outcomes.set(outcome.row, outcome);
  return {
    outcomes,
    repeats: new Map(run.plan.repeats),
    failures: failures && new Map(failures.map((failure) => [failure.row, failure.error])),
    isDryRun: run.kind === "dry-run",
    hasEarlierChunks: run.progress.rowsBefore > 0,
  };
}

function describeOutcome(outcome: NumberedOutcome, isDryRun: boolean): string {
  const leadId = leadIdOf(outcome);
  const lead = leadId ? `lead ${leadId}` : "a lead";
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
      return failureMessage(outcome);
  }
}

/** Every input row gets one entry, so the report accounts for the whole file. */
export function entryFor(row: number, sources: ReportSources): ReportEntry {
  const outcome = sources.outcomes.get(row);
  if (outcome) {
    return {
      kind: wizardCountKeyOf(outcome.kind),
      detail: describeOutcome(outcome, sources.isDryRun),
    };
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

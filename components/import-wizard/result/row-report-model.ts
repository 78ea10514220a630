import { failureMessage } from "@/lib/leads/failure-messages";
import {
  SKIPPED_BY_CHOICE_LABEL,
  WIZARD_COUNT_LABELS,
  type WizardCountKey,
  wizardCountKeyOf,
} from "@/lib/leads/outcome-tally";
import { leadIdOf, type NumberedOutcome } from "@/lib/leads/row-outcome";

export type ReportKind = WizardCountKey | "skippedByChoice" | "earlier" | "unsent";

export interface ReportEntry {
  kind: ReportKind;
  detail: string;
}

/** The wizard's count labels, rows skipped by choice, and two for rows with no outcome here. */
export const REPORT_LABELS = {
  ...(Object.fromEntries(WIZARD_COUNT_LABELS.map(({ key, label }) => [key, label])) as Record<
    WizardCountKey,
    string
  >),
  skippedByChoice: SKIPPED_BY_CHOICE_LABEL.label,
  earlier: "Sent earlier",
  unsent: "Not sent",
} satisfies Record<ReportKind, string>;

/** A filter of the report: one kind of row, the rows edited in the wizard, or every row. */
export type ReportFilter = ReportKind | "all" | "edited";

/** One row of the report as the page shows it. */
export interface ReportRow {
  /** The row's number in the file. */
  row: number;
  email: string;
  kind: ReportKind;
  detail: string;
  /** The row's cells edited in the wizard, with what the file had: `Email was “x”`. */
  edits: string;
}

/** Where the report finds each row's outcome (the worker keeps them all). */
export interface ReportSources {
  isSkippedByChoice(index: number): boolean;
  outcomeOf(index: number, row: number): NumberedOutcome | undefined;
  /** For a repeat the wizard held back: the number of the first row with its email. */
  repeatOf(index: number): number | undefined;
  /** The import record's failed rows (complete even for a resumed run). */
  recordedFailureOf(row: number): string | undefined;
  isDryRun: boolean;
  /** Some chunks were applied before this session: their rows' outcomes are not known here. */
  hasEarlierChunks: boolean;
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

/** Every input row (data row `index`, numbered `row`) gets one entry: the report accounts for the whole file. */
export function entryFor(index: number, row: number, sources: ReportSources): ReportEntry {
  if (sources.isSkippedByChoice(index)) {
    return { kind: "skippedByChoice", detail: "Skipped by you: not imported" };
  }
  const outcome = sources.outcomeOf(index, row);
  if (outcome) {
    return {
      kind: wizardCountKeyOf(outcome.kind),
      detail: describeOutcome(outcome, sources.isDryRun),
    };
  }
  const first = sources.repeatOf(index);
  if (first !== undefined) {
    return {
      kind: "repeated",
      detail: `Repeated of row ${first}: the first row with this email wins`,
    };
  }
  const failure = sources.recordedFailureOf(row);
  if (failure) return { kind: "failed", detail: failure };
  if (sources.hasEarlierChunks) {
    return { kind: "earlier", detail: "Imported before the run was resumed" };
  }
  return { kind: "unsent", detail: "Not sent: the run stopped before this row" };
}

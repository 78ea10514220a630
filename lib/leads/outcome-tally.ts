import type { OutcomeKind } from "./row-outcome";

/**
 * How many rows ended each way: the one tally of outcomes. An import's record stores it as its
 * `counts`; every door's figures below are sums of it, and each says what its words mean.
 */
export type OutcomeTally = Record<OutcomeKind, number>;

export function emptyTally(): OutcomeTally {
  return {
    created: 0,
    restored: 0,
    updated: 0,
    existing: 0,
    "deleted-match": 0,
    repeated: 0,
    failed: 0,
  };
}

/** Adds each outcome to `tally` (a new one unless given) and returns it. */
export function tallyOutcomes(
  outcomes: Iterable<{ kind: OutcomeKind }>,
  tally: OutcomeTally = emptyTally(),
): OutcomeTally {
  for (const outcome of outcomes) tally[outcome.kind] += 1;
  return tally;
}

/** A stored tally (an import record's `counts`, JSON), with the kinds it lacks at zero. */
export function tallyFrom(counts: Readonly<Record<string, number>>): OutcomeTally {
  const tally = emptyTally();
  for (const kind of Object.keys(tally) as OutcomeKind[]) tally[kind] += counts[kind] ?? 0;
  return tally;
}

/**
 * Seeds 000 and 001: imported + updated + skipped + failed = rows. A restored lead is imported;
 * skipped is every match left as it was and every repeat within the request.
 */
export function bulkCounts(tally: OutcomeTally) {
  return {
    imported: tally.created + tally.restored,
    updated: tally.updated,
    skipped: tally.existing + tally["deleted-match"] + tally.repeated,
    failed: tally.failed,
  };
}

/**
 * Seed 003: created + restored + duplicates + errors = leads sent. It never updates, so every
 * match left as it was and every repeat is a duplicate.
 */
export function bulkImportCounts(tally: OutcomeTally) {
  return {
    created: tally.created,
    restored: tally.restored,
    duplicates: tally.existing + tally["deleted-match"] + tally.repeated,
    errors: tally.failed,
  };
}

/**
 * Seed 002: created + existing + failed = rows. A restored lead is created; existing is every
 * lead the file matched, updated or not, and every repeat (it joins as its first row's lead).
 */
export function campaignCsvCounts(tally: OutcomeTally) {
  return {
    created: tally.created + tally.restored,
    existing: tally.updated + tally.existing + tally["deleted-match"] + tally.repeated,
    failed: tally.failed,
  };
}

/** The wizard's six figures, which the history and the row report's filter use too. */
export const WIZARD_COUNT_KEYS = [
  "created",
  "updated",
  "skipped",
  "restored",
  "failed",
  "repeated",
] as const;

export type WizardCountKey = (typeof WIZARD_COUNT_KEYS)[number];

/** Which of the wizard's six figures an outcome counts in. */
export function wizardCountKeyOf(kind: OutcomeKind): WizardCountKey {
  return kind === "existing" || kind === "deleted-match" ? "skipped" : kind;
}
export type WizardCounts = Record<WizardCountKey, number>;

/**
 * The wizard's figures. Unlike the API's, skipped leaves repeats out: the wizard shows them on
 * their own, with the file's repeats it never sent.
 */
export function wizardCounts(tally: OutcomeTally): WizardCounts {
  const counts: WizardCounts = {
    created: 0,
    updated: 0,
    skipped: 0,
    restored: 0,
    failed: 0,
    repeated: 0,
  };
  for (const kind of Object.keys(tally) as OutcomeKind[]) {
    counts[wizardCountKeyOf(kind)] += tally[kind];
  }
  return counts;
}

/** The wizard's figures in the order it shows them, each with its label and what it counts. */
export const WIZARD_COUNT_LABELS: ReadonlyArray<{
  key: WizardCountKey;
  label: string;
  hint: string;
}> = [
  { key: "created", label: "Created", hint: "new leads" },
  { key: "updated", label: "Updated", hint: "existing leads overwritten" },
  { key: "skipped", label: "Skipped", hint: "already in the workspace" },
  { key: "restored", label: "Restored", hint: "deleted leads brought back" },
  { key: "failed", label: "Failed", hint: "rows that cannot be imported" },
  { key: "repeated", label: "Repeated", hint: "same email earlier in the file" },
];

/**
 * Rows the user chose not to import in the wizard's review: never sent, so in no tally; the
 * wizard shows them beside its six figures.
 */
export const SKIPPED_BY_CHOICE_LABEL = {
  label: "Skipped by you",
  hint: "rows you chose not to import",
} as const;

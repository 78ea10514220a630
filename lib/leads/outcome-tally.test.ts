import { describe, expect, it } from "vitest";
import {
  bulkCounts,
  bulkImportCounts,
  campaignCsvCounts,
  tallyFrom,
  tallyOutcomes,
  wizardCounts,
} from "./outcome-tally";
import type { RowOutcome } from "./row-outcome";

const OUTCOMES: RowOutcome[] = [
  { kind: "created", leadId: "a" },
  { kind: "created", leadId: "b" },
  { kind: "restored", leadId: "c" },
  { kind: "updated", leadId: "d" },
  { kind: "existing", leadId: "e" },
  { kind: "deleted-match", leadId: "f" },
  { kind: "repeated", firstRow: 0 },
  { kind: "failed", reason: "email-invalid", email: "nope" },
];

const sum = (counts: Record<string, number>) =>
  Object.values(counts).reduce((total, value) => total + value, 0);

describe("the outcome tally", () => {
  const tally = tallyOutcomes(OUTCOMES);

  it("counts every outcome under its own kind", () => {
    expect(tally).toEqual({
      created: 2,
      restored: 1,
      updated: 1,
      existing: 1,
      "deleted-match": 1,
      repeated: 1,
      failed: 1,
    });
  });

  it("gives each door figures that add up to the rows", () => {
    for (const counts of [bulkCounts(tally), campaignCsvCounts(tally), wizardCounts(tally)]) {
      expect(sum(counts)).toBe(OUTCOMES.length);
    }
    // Seed 003 never updates, so the one update here is the only row it leaves out.
    expect(sum(bulkImportCounts(tally))).toBe(OUTCOMES.length - 1);
  });

  it("counts repeats as skipped for the API and on their own for the wizard", () => {
    expect(bulkCounts(tally)).toEqual({ imported: 3, updated: 1, skipped: 3, failed: 1 });
    expect(wizardCounts(tally)).toMatchObject({ skipped: 2, repeated: 1, restored: 1 });
    expect(bulkImportCounts(tally)).toMatchObject({ duplicates: 3, errors: 1 });
    expect(campaignCsvCounts(tally)).toEqual({ created: 3, existing: 4, failed: 1 });
  });

  it("reads a stored tally back, missing kinds at zero and unknown keys ignored", () => {
    expect(tallyFrom({ created: 4, failed: 1, legacy: 9 })).toEqual({
      ...tallyOutcomes([]),
      created: 4,
      failed: 1,
    });
  });
});

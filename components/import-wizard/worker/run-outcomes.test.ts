import { describe, expect, it } from "vitest";
import type { NumberedOutcome } from "@/lib/leads/row-outcome";
import { RunOutcomes } from "./run-outcomes";

describe("RunOutcomes", () => {
  it("gives back each kept outcome by its row, and nothing for rows the run did not send", () => {
    const outcomes = new RunOutcomes(6);
    const kept: NumberedOutcome[] = [
      { kind: "created", leadId: "lead-1", row: 2 },
      { kind: "failed", reason: "email-invalid", row: 3 },
      { kind: "repeated", firstRow: 2, row: 4 },
      { kind: "existing", leadId: "lead-9", row: 6 },
    ];
    outcomes.keep(kept, (row) => row - 2);
    for (const outcome of kept)
      expect(outcomes.outcomeOf(outcome.row - 2, outcome.row)).toEqual(outcome);
    expect(outcomes.outcomeOf(3, 5)).toBeUndefined();
  });

  it("keeps the import record's failures, earlier sessions' rows included", () => {
    const outcomes = new RunOutcomes(3);
    outcomes.keepRecordedFailures([{ row: 4, error: "Email is required" }]);
    expect(outcomes.recordedFailureOf(4)).toBe("Email is required");
    expect(outcomes.recordedFailureOf(2)).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import type { KeyedLead } from "@/lib/leads/prepare-leads";
import { BATCH_ROWS, BATCHES_IN_FLIGHT } from "@/lib/limits";
import { BatchesInFlight } from "./batches-in-flight";

function batchOf(notesLength: number): KeyedLead[] {
  return Array.from({ length: BATCH_ROWS }, (_, row) => ({
    row,
    emailKey: `lead${row}@example.com`,
    record: {
      email: `lead${row}@example.com`,
      firstName: "Ada",
      notes: "n".repeat(notesLength),
      tags: ["q3"],
      customFields: { Industry: "Software" },
    },
  }));
}

describe("BatchesInFlight", () => {
  it("keeps every batch of ordinary rows in flight, and fewer of rows with long notes", () => {
    const ordinary = new BatchesInFlight(BATCHES_IN_FLIGHT);
    expect(ordinary.limit()).toBe(BATCHES_IN_FLIGHT);
    ordinary.add(batchOf(100));
    expect(ordinary.limit()).toBe(BATCHES_IN_FLIGHT);

    const wide = new BatchesInFlight(BATCHES_IN_FLIGHT);
    wide.add(batchOf(900));
    expect(wide.limit()).toBe(2);
  });

  it("never goes below two, so cleaning a batch overlaps writing another", () => {
    const huge = new BatchesInFlight(BATCHES_IN_FLIGHT);
    huge.add(batchOf(20_000));
    expect(huge.limit()).toBe(2);
  });
});

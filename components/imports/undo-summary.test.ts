import { describe, expect, it } from "vitest";
import { describeUndo } from "./undo-summary";

const NONE = {
  deleted: 0,
  deletedAgain: 0,
  reverted: 0,
  membershipsRemoved: 0,
  conflicts: 0,
  overridden: 0,
};

describe("describeUndo", () => {
  it("says what an undo would do, the issue's example word for word in spirit", () => {
    const counts = { ...NONE, deleted: 120, reverted: 20, conflicts: 3 };
    expect(describeUndo(counts, { isPreview: true })).toBe(
      "Undo would delete 120 leads, put back the values of 20 leads and skip 3 conflicts.",
    );
  });

  it("says what an undo did, restored leads deleted again and forced conflicts included", () => {
    const counts = {
      ...NONE,
      deleted: 1,
      deletedAgain: 1,
      membershipsRemoved: 1,
      conflicts: 2,
      overridden: 2,
    };
    expect(describeUndo(counts, { isPreview: false })).toBe(
      "Undone: deleted 2 leads (1 it had restored), removed 1 campaign membership and overwrote 2 conflicts.",
    );
  });

  it("says so when there is nothing to take back", () => {
    expect(describeUndo(NONE, { isPreview: true })).toBe("Undo would change nothing.");
    expect(describeUndo(NONE, { isPreview: false })).toBe("Undone: nothing to change.");
  });
});

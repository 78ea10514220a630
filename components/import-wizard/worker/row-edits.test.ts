import { describe, expect, it } from "vitest";
import { RowEdits } from "./row-edits";

const FILE = [
  ["office(at)beacon.com", "Ann"],
  ["none", "Bo"],
  ["c@x.com", "Cy"],
];

function editsOfFile() {
  return new RowEdits(2, (row, column) => FILE[row]?.[column] ?? "");
}

describe("RowEdits", () => {
  it("reads edited cells over the file's and keeps each edit's original", () => {
    const edits = editsOfFile();
    expect(edits.edit([{ row: 0, column: 0, value: "office@beacon.com" }], "Edit")).toEqual([0]);
    expect(edits.cell(0, 0)).toBe("office@beacon.com");
    expect(edits.cell(0, 1)).toBe("Ann");
    expect(edits.editsOf(0)).toEqual([
      { column: 0, before: "office(at)beacon.com", after: "office@beacon.com" },
    ]);
    expect(edits.editedRows()).toEqual([0]);
  });

  it("undoes and redoes a step of many cells at once, and a new step clears the redo", () => {
    const edits = editsOfFile();
    edits.edit([{ row: 1, column: 1, value: "Bob" }], "Edit");
    edits.edit(
      [
        { row: 0, column: 1, value: "Anna" },
        { row: 1, column: 1, value: "Bobby" },
      ],
      "Replace",
    );
    expect(edits.history).toEqual({ undo: "Replace", redo: null });
    expect(edits.undo().sort()).toEqual([0, 1]);
    expect([edits.cell(0, 1), edits.cell(1, 1)]).toEqual(["Ann", "Bob"]);
    expect(edits.history).toEqual({ undo: "Edit", redo: "Replace" });
    edits.redo();
    expect([edits.cell(0, 1), edits.cell(1, 1)]).toEqual(["Anna", "Bobby"]);
    edits.undo();
    edits.edit([{ row: 2, column: 1, value: "Cyd" }], "Edit");
    expect(edits.history.redo).toBeNull();
  });

  it("forgets an edit set back to the file's value, and records nothing for a change to the same value", () => {
    const edits = editsOfFile();
    edits.edit([{ row: 2, column: 0, value: "d@x.com" }], "Edit");
    edits.edit([{ row: 2, column: 0, value: "c@x.com" }], "Edit");
    expect(edits.isEdited(2, 0)).toBe(false);
    expect(edits.editedCells).toBe(0);
    expect(edits.edit([{ row: 2, column: 0, value: "c@x.com" }], "Edit")).toEqual([]);
    edits.undo();
    expect(edits.cell(2, 0)).toBe("d@x.com");
  });

  it("skips rows by choice as a step of the history", () => {
    const edits = editsOfFile();
    expect(edits.setSkipped([1, 2], true, "Skip")).toEqual([1, 2]);
    expect(edits.setSkipped([1], true, "Skip")).toEqual([]);
    expect(edits.skippedRows).toBe(2);
    edits.undo();
    expect(edits.isSkipped(1)).toBe(false);
    edits.redo();
    expect(edits.isSkipped(2)).toBe(true);
  });

  it("restores the values of a snapshot without its history, and refuses one of another width", () => {
    const edits = editsOfFile();
    edits.edit([{ row: 1, column: 0, value: "bo@x.com" }], "Edit");
    edits.setSkipped([2], true, "Skip");
    const restored = editsOfFile();
    restored.restore(edits.snapshot());
    expect(restored.cell(1, 0)).toBe("bo@x.com");
    expect(restored.isSkipped(2)).toBe(true);
    expect(restored.history).toEqual({ undo: null, redo: null });
    const narrow = new RowEdits(1, () => "");
    expect(() => narrow.restore(edits.snapshot())).toThrow("rows of 2 cells, not 1");
  });
});

import { describe, expect, it } from "vitest";
import { RowStore } from "./row-store";

function rowsOf(
  count: number,
  width: number,
  cell = (row: number, column: number) => `${row}:${column}`,
) {
  return Array.from({ length: count }, (_, row) =>
    Array.from({ length: width }, (_, column) => cell(row, column)),
  );
}

describe("RowStore", () => {
  it("gives back every cell of rows appended in pieces, across blocks and the unfinished one", () => {
    const store = new RowStore(3);
    const rows = rowsOf(2_500, 3);
    store.append(rows.slice(0, 700));
    store.append(rows.slice(700, 2_049));
    store.append(rows.slice(2_049));
    expect(store.length).toBe(2_500);
    for (const row of [0, 1, 1_023, 1_024, 2_047, 2_048, 2_499]) {
      expect(store.row(row)).toEqual(rows[row]);
    }
  });

  it("keeps empty cells, quotes, line breaks and characters outside Latin-1 as they were", () => {
    const store = new RowStore(4);
    const row = ["", 'say "hi"', "line one\nline two", "Zoë 🚀 東京"];
    store.append([row, ["a", "", "", ""]]);
    expect(store.row(0)).toEqual(row);
    expect(store.row(1)).toEqual(["a", "", "", ""]);
  });

  it("reads blocks whose text is longer than 16-bit offsets reach", () => {
    const store = new RowStore(2);
    const long = "x".repeat(100);
    store.append(rowsOf(1_024, 2, (row, column) => `${row}-${column}-${long}`));
    expect(store.cell(1_023, 1)).toBe(`1023-1-${long}`);
    expect(store.cell(700, 0)).toBe(`700-0-${long}`);
  });

  it("answers an empty string outside the rows and refuses a row of the wrong width", () => {
    const store = new RowStore(2);
    store.append([["a", "b"]]);
    expect(store.cell(1, 0)).toBe("");
    expect(store.cell(0, 2)).toBe("");
    expect(() => store.append([["only one"]])).toThrow("A row has 1 cells, the store takes 2");
  });
});

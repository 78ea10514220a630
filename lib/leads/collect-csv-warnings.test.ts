import { describe, expect, it } from "vitest";
import { CsvWarnings, collectCsvWarnings } from "./collect-csv-warnings";

const COLUMNS = [
  { index: 0, header: "Email", target: "email" as const },
  { index: 1, header: "Phone", target: "phone" as const },
  { index: 2, header: "Notes", target: "notes" as const },
];

const ROWS = [
  ["a@x.dev", "+1 415 555 0100", "fine"],
  ["b@x.dev", "#N/A", "fine"],
  ["c@x.dev", "+1 415 555 0101", "#VALUE!"],
  ["d@x.dev", "4.15555E+09", "fine"],
  ["e@x.dev", "#N/A", "fine"],
];

describe("CsvWarnings", () => {
  it("lists the same warnings, in the same order, whether rows come whole or in pieces", () => {
    const whole = collectCsvWarnings(ROWS, COLUMNS, (index) => index + 2);
    const pieces = new CsvWarnings(COLUMNS, (index) => index + 2);
    pieces.add(ROWS.slice(0, 3));
    pieces.add(ROWS.slice(3));
    expect(pieces.list()).toEqual(whole);
    expect(whole.map(({ column, kind, count, rows }) => [column, kind, count, rows])).toEqual([
      ["Phone", "spreadsheet-error", 2, [3, 6]],
      ["Phone", "scientific-notation", 1, [5]],
      ["Notes", "spreadsheet-error", 1, [4]],
    ]);
  });
});

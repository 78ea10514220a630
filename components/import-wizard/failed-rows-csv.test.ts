import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv/parse-csv";
import { buildFailedRowsCsv, escapeCsvCell } from "./failed-rows-csv";

describe("escapeCsvCell", () => {
  it.each([
    ["plain", "plain"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["+33 6 12 34 56 78", "'+33 6 12 34 56 78"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", `"'\rcmd"`],
    ["a,b", '"a,b"'],
    ["line\nbreak", '"line\nbreak"'],
    ["x=1", "x=1"],
  ])("writes %j as %j", (value, expected) => {
    expect(escapeCsvCell(value)).toBe(expected);
  });
});

describe("buildFailedRowsCsv", () => {
  it("keeps the header, adds an Error column and reads back with the same headers", () => {
    const csv = buildFailedRowsCsv(
      ["Email", "Name"],
      [{ cells: ["not-an-email", "=1+1"], error: "Invalid email format" }],
    );
    const parsed = parseCsv(csv);
    expect(parsed.headers).toEqual(["Email", "Name", "Error"]);
    expect(parsed.rows).toEqual([["not-an-email", "'=1+1", "Invalid email format"]]);
  });
});

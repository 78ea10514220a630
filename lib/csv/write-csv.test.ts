import { describe, expect, it } from "vitest";
import { csvLine, escapeCsvCell } from "./write-csv";

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

describe("csvLine", () => {
  it("joins escaped cells with commas and ends the record with CRLF", () => {
    expect(csvLine(["a", "b,c", "=1"])).toBe(`a,"b,c",'=1\r\n`);
  });
});

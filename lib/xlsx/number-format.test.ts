import { describe, expect, it } from "vitest";
import { numberFormatOf } from "./number-format";

const codes = (code: string) => new Map([[164, code]]);

describe("numberFormatOf", () => {
  it.each([
    ["yyyy-mm-dd", { kind: "date", hasDate: true, hasTime: false }],
    ["mm/dd/yyyy", { kind: "date", hasDate: true, hasTime: false }],
    ["[$-409]M/D/YYYY", { kind: "date", hasDate: true, hasTime: false }],
    ["yyyy-mm-dd hh:mm", { kind: "date", hasDate: true, hasTime: true }],
    ["[h]:mm:ss", { kind: "date", hasDate: false, hasTime: true }],
    ["h:mm AM/PM", { kind: "date", hasDate: false, hasTime: true }],
    ["00000", { kind: "zeros", width: 5 }],
    ["0.00%", { kind: "percent" }],
    ["0.00000E+00", { kind: "general" }],
    ['#,##0.00 "days"', { kind: "general" }],
    ['"$"#,##0;[Red]-"$"#,##0', { kind: "general" }],
    ["General", { kind: "general" }],
    ["@", { kind: "general" }],
  ])("reads the code %s as %o", (code, format) => {
    expect(numberFormatOf(164, codes(code))).toEqual(format);
  });

  it.each([
    [0, "general"],
    [9, "percent"],
    [14, "date"],
    [22, "date"],
    [49, "general"],
  ])("knows built-in format %i", (id, kind) => {
    expect(numberFormatOf(id, new Map()).kind).toBe(kind);
  });
});

import { describe, expect, it } from "vitest";
import type { NumberedOutcome } from "./row-outcome";
import { decodeRowReport, encodeRowReport } from "./row-report-lines";

const EVERY_KIND: NumberedOutcome[] = [
  { kind: "created", leadId: "3f2a-lead", row: 2 },
  { kind: "updated", leadId: "u-1", row: 3 },
  { kind: "restored", leadId: "r-1", row: 4 },
  { kind: "existing", leadId: "e-1", row: 5 },
  { kind: "deleted-match", leadId: "d-1", row: 6 },
  { kind: "repeated", firstRow: 2, row: 7 },
  { kind: "failed", reason: "email-missing", row: 8 },
  { kind: "failed", reason: "email-invalid", email: 'ada\t"at"\nexample', row: 9 },
  { kind: "failed", reason: "not-saved", email: "bob@example.com", row: 10 },
  { kind: "failed", reason: "lead-invalid", detail: "firstName: at most 200\tcharacters", row: 11 },
  {
    kind: "failed",
    reason: "lead-invalid",
    email: "eve@example.com",
    detail: "notes too long",
    row: 12,
  },
];

describe("the row report's lines", () => {
  it("give back every kind of outcome exactly, an email with tabs, quotes and newlines included", () => {
    const text = encodeRowReport(EVERY_KIND);
    expect(text.split("\n")).toHaveLength(EVERY_KIND.length);
    expect(decodeRowReport(text)).toEqual(EVERY_KIND);
  });

  it("write a created row as its number, a letter and the lead", () => {
    expect(encodeRowReport([{ kind: "created", leadId: "abc", row: 12 }])).toBe("12\tcabc");
  });

  it("read an empty report as no rows, and refuse a line that is not one", () => {
    expect(decodeRowReport("")).toEqual([]);
    expect(() => decodeRowReport("12\tzabc")).toThrow("not a row report line");
  });
});

import { describe, expect, it } from "vitest";
import { type CheckedRows, RowChecks } from "./row-checks";

function rowsOf(emails: Array<string | undefined>, skipped = new Set<number>()) {
  const rows: CheckedRows & { emails: typeof emails; skipped: Set<number> } = {
    emails,
    skipped,
    rowCount: emails.length,
    emailOf: (row) => emails[row],
    isSkipped: (row) => skipped.has(row),
  };
  return rows;
}

const checksOf = (checks: RowChecks, count: number) =>
  Array.from({ length: count }, (_, row) => checks.checkOf(row));

describe("RowChecks", () => {
  it("sends first occurrences, fails rows without a valid email and holds back repeats", () => {
    const rows = rowsOf(["a@x.com", undefined, "nope", " A@X.com ", "b@x.com"]);
    const checks = new RowChecks(rows, true);
    expect(checksOf(checks, 5)).toEqual(["send", "failed", "failed", "repeated", "send"]);
    expect(checks.counts).toEqual({ send: 2, failed: 2, repeated: 1, skipped: 0 });
    expect(checks.firstRowOf(3)).toBe(0);
    expect(checks.reasonOf(1)).toBe("email-missing");
    expect(checks.reasonOf(2)).toBe("email-invalid");
  });

  it("matches emails after cleanup only when cleanup is on, as the engine does", () => {
    const rows = rowsOf(["a@x.com", "mailto:a@x.com"]);
    expect(checksOf(new RowChecks(rows, true), 2)).toEqual(["send", "repeated"]);
    expect(checksOf(new RowChecks(rows, false), 2)).toEqual(["send", "failed"]);
  });

  it("re-checks an edited row and the rows that shared its old and its new email", () => {
    const rows = rowsOf(["a@x.com", "a@x.com", "b@x.com", "bad"]);
    const checks = new RowChecks(rows, true);
    rows.emails[0] = "c@x.com";
    expect(checks.update([0]).sort()).toEqual([1]);
    expect(checksOf(checks, 4)).toEqual(["send", "send", "send", "failed"]);
    rows.emails[3] = "B@x.com";
    expect(checks.update([3])).toEqual([3]);
    expect(checksOf(checks, 4)).toEqual(["send", "send", "send", "repeated"]);
    rows.emails[2] = "";
    expect(checks.update([2]).sort()).toEqual([2, 3]);
    expect(checksOf(checks, 4)).toEqual(["send", "send", "failed", "send"]);
    expect(checks.counts).toEqual({ send: 3, failed: 1, repeated: 0, skipped: 0 });
  });

  it("leaves a skipped row out of the repeats, so the next row with its email is sent", () => {
    const rows = rowsOf(["a@x.com", "a@x.com", "nope"]);
    const checks = new RowChecks(rows, true);
    rows.skipped.add(0);
    rows.skipped.add(2);
    expect(checks.update([0, 2]).sort()).toEqual([0, 1, 2]);
    expect(checksOf(checks, 3)).toEqual(["skipped", "send", "skipped"]);
    expect(checks.counts).toEqual({ send: 1, failed: 0, repeated: 0, skipped: 2 });
    rows.skipped.delete(0);
    checks.update([0]);
    expect(checksOf(checks, 3)).toEqual(["send", "repeated", "skipped"]);
  });
});

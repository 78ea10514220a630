import { describe, expect, it } from "vitest";
import type { MappedColumn } from "@/lib/leads/leads-from-rows";
import { CsvSession } from "./csv-session";
import type { ReviewView } from "./review-types";

const CSV = [
  "Email,Name,Phone",
  "office(at)beacon.com,Bo,+44 20 7946 0101",
  "ann@acme.com,Ann,",
  "none,Cy,",
  "ANN@acme.com,Annie,",
  "dee@gmail.con,Dee,",
].join("\n");
const COLUMNS: MappedColumn[] = [
  { index: 0, target: "email" },
  { index: 1, target: "firstName" },
  { index: 2, target: "phone" },
];
const SETTINGS = { columns: COLUMNS, dataCleanup: true };
const ALL: ReviewView = { filter: "all", column: null, contains: "", listVersion: 0 };

async function reviewed() {
  const session = new CsvSession();
  await session.open(new Blob([CSV]), {}, { onPreview: () => {}, onProgress: () => {} });
  session.check(SETTINGS);
  return session;
}

const states = (session: CsvSession) =>
  session.review.review.rows(ALL, [0], 0, 10).rows.map((row) => row.state);

describe("the review in the worker", () => {
  it("checks an edited row again at once: fixed, and its repeat partner re-checked", async () => {
    const session = await reviewed();
    const { review } = session.review;
    expect(states(session)).toEqual(["failing", "ready", "failing", "repeated", "ready"]);
    const summary = review.edit([{ row: 0, column: 0, value: "office@beacon.com" }], "Edit Email");
    expect(summary).toMatchObject({
      editedCells: 1,
      fixedRows: 1,
      history: { undo: "Edit Email" },
    });
    expect(summary.counts).toMatchObject({ failed: 1, repeated: 1 });
    expect(states(session)[0]).toBe("fixed");
    review.edit([{ row: 1, column: 0, value: "ann@other.com" }], "Edit Email");
    expect(states(session)[3]).toBe("ready");
    expect(review.undo().counts.repeated).toBe(1);
    expect(review.undo()).toMatchObject({ editedCells: 0, fixedRows: 0 });
    expect(states(session)[0]).toBe("failing");
  });

  it("lists a view's rows once: a row fixed stays listed until the list is made again", async () => {
    const session = await reviewed();
    const failing = { ...ALL, filter: "failing" } as const;
    expect(session.review.review.rows(failing, [0], 0, 10).total).toBe(2);
    session.review.review.edit([{ row: 2, column: 0, value: "cy@acme.com" }], "Edit Email");
    const stale = session.review.review.rows(failing, [0], 0, 10);
    expect(stale.rows.map((row) => [row.row, row.state, row.originals[0]])).toEqual([
      [2, "failing", null],
      [4, "fixed", "none"],
    ]);
    expect(session.review.review.rows({ ...failing, listVersion: 1 }, [0], 0, 10).total).toBe(1);
    const byText = { ...ALL, column: 1, contains: "ANN", listVersion: 2 };
    expect(session.review.review.rows(byText, [1], 0, 10).rows.map((row) => row.row)).toEqual([
      3, 5,
    ]);
  });

  it("counts a find and replace before applying it, then applies it as one step", async () => {
    const session = await reviewed();
    const spec = {
      column: 0,
      find: "@",
      replace: "@@",
      isWholeCell: false,
      isCaseSensitive: false,
    };
    expect(session.review.findReplace(spec, null, false).cells).toBe(3);
    expect(session.review.review.summary().editedCells).toBe(0);
    const applied = session.review.findReplace(spec, null, true);
    expect(applied.summary).toMatchObject({
      editedCells: 3,
      history: { undo: expect.stringMatching(/^Replace “@”/) },
    });
    const failing = { ...ALL, filter: "failing", listVersion: 1 } as const;
    expect(
      session.review.findReplace({ ...spec, find: "none", replace: "x" }, failing, false).cells,
    ).toBe(1);
  });

  it("suggests typo fixes without applying them, and applies only the ones accepted", async () => {
    const session = await reviewed();
    const { total, suggestions } = session.review.suggestTypoFixes();
    expect(total).toBe(2);
    expect(suggestions.map((s) => [s.row, s.before, s.after])).toEqual([
      [2, "office(at)beacon.com", "office@beacon.com"],
      [6, "dee@gmail.con", "dee@gmail.com"],
    ]);
    expect(session.review.review.summary().editedCells).toBe(0);
    const summary = session.review.acceptTypoFixes([4]);
    expect(summary).toMatchObject({ editedCells: 1, history: { undo: "Fix 1 email typo" } });
    expect(session.review.review.rows(ALL, [0], 4, 1).rows[0]?.cells).toEqual(["dee@gmail.com"]);
  });

  it("skips every row of a view by choice, and sends neither them nor their repeats' partners twice", async () => {
    const session = await reviewed();
    const failing = { ...ALL, filter: "failing" } as const;
    const summary = session.review.setSkipped({ view: failing }, true);
    expect(summary.counts).toMatchObject({ skipped: 2, failed: 0 });
    expect(session.plan("import", SETTINGS)).toMatchObject({
      sendRows: 2,
      skippedCount: 2,
      repeatCount: 1,
    });
    expect(session.skippedRowNumbers()).toEqual([2, 4]);
  });

  it("sends each edited cell with the file's value in its chunk, and tells one row's detail", async () => {
    const session = await reviewed();
    session.review.review.edit([{ row: 0, column: 0, value: "office@beacon.com" }], "Edit Email");
    session.plan("import", SETTINGS);
    expect(session.chunk(0).edits).toEqual([
      { row: 2, column: "Email", before: "office(at)beacon.com", after: "office@beacon.com" },
    ]);
    expect(session.chunk(0).rows[0]?.[0]).toBe("office@beacon.com");
    const detail = session.review.rowDetail(0, undefined);
    expect(detail).toMatchObject({ row: 2, state: "fixed" });
    expect(detail.edits).toEqual([
      { header: "Email", before: "office(at)beacon.com", after: "office@beacon.com" },
    ]);
    expect(detail.imported).toEqual([
      { header: "Phone", value: "+44 20 7946 0101", imported: "+442079460101" },
    ]);
  });

  it("tells how the last dry run's failing rows fared in the next one", async () => {
    const session = await reviewed();
    session.plan("dry-run", SETTINGS);
    session.keepOutcomes("dry-run", [
      { kind: "failed", reason: "email-invalid", row: 2 },
      { kind: "failed", reason: "email-invalid", row: 4 },
    ]);
    expect(session.dryRunChanges()).toBeNull();
    session.review.review.edit([{ row: 0, column: 0, value: "office@beacon.com" }], "Edit Email");
    session.review.setSkipped({ indexes: [2] }, true);
    session.plan("dry-run", SETTINGS);
    session.keepOutcomes("dry-run", [{ kind: "created", leadId: "l1", row: 2 }]);
    expect(session.dryRunChanges()).toEqual({ fixed: 1, skipped: 1, failing: 0 });
  });
});

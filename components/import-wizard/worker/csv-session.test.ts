import { describe, expect, it } from "vitest";
import type { MappedColumn } from "@/lib/leads/leads-from-rows";
import { CsvSession } from "./csv-session";

const CSV = [
  "Title line of a report",
  "Email,First Name,Company",
  "ann@acme.com,Ann,Acme",
  "office(at)beacon.com,Bo,Beacon",
  "ANN@acme.com,Annie,Acme",
  ",Cy,Nowhere",
  "dee@delta.io,Dee,Delta",
].join("\n");

const COLUMNS: MappedColumn[] = [
  { index: 0, target: "email" },
  { index: 1, target: "firstName" },
  { index: 2, target: "companyName" },
];
const SETTINGS = { columns: COLUMNS, dataCleanup: true };
const SILENT = { onPreview: () => {}, onProgress: () => {} };

async function openSession(text = CSV) {
  const session = new CsvSession();
  const summary = await session.open(new Blob([text]), {}, SILENT);
  return { session, summary };
}

describe("CsvSession", () => {
  it("reads the whole file into the worker and tells the page its shape, first rows and mapping", async () => {
    const { summary } = await openSession();
    expect(summary).toMatchObject({
      headers: ["Email", "First Name", "Company"],
      headerRowNumber: 2,
      totalRows: 5,
      isPreview: false,
      isTooLong: false,
    });
    expect(summary.previewRows[0]).toEqual(["ann@acme.com", "Ann", "Acme"]);
    expect(summary.detected.emailColumn).toBe(0);
  });

  it("checks every row with the engine's rules and plans only the rows to send", async () => {
    const { session } = await openSession();
    expect(session.check(SETTINGS).counts).toEqual({ send: 2, failed: 2, repeated: 1, skipped: 0 });
    expect(session.plan("import", SETTINGS)).toEqual({
      chunkCount: 1,
      chunkRows: [4],
      sendRows: 4,
      repeatCount: 1,
      skippedCount: 0,
    });
    const chunk = session.chunk(0);
    expect(chunk.rowNumbers).toEqual([3, 4, 6, 7]);
    expect(chunk.targets).toEqual(["email", "firstName", "companyName"]);
    expect(chunk.rows[0]).toEqual(["ann@acme.com", "Ann", "Acme"]);
    expect(chunk.rows[2]).toEqual(["", "Cy", "Nowhere"]);
  });

  it("sends only the cells of columns mapped to a field", async () => {
    const { session } = await openSession();
    const columns: MappedColumn[] = [
      { index: 0, target: "email" },
      { index: 1, target: "skip" },
      { index: 2, target: "custom:Account" },
    ];
    session.plan("import", { columns, dataCleanup: true });
    const chunk = session.chunk(0);
    expect(chunk.targets).toEqual(["email", "custom:Account"]);
    expect(chunk.rows[0]).toEqual(["ann@acme.com", "Acme"]);
  });

  it("reports every row from the outcomes it kept, a window and a filter at a time", async () => {
    const { session } = await openSession();
    session.plan("dry-run", SETTINGS);
    session.keepOutcomes("dry-run", [
      { kind: "created", leadId: "l1", row: 3 },
      { kind: "failed", reason: "email-invalid", row: 4 },
      { kind: "failed", reason: "email-missing", row: 6 },
      { kind: "existing", leadId: "l9", row: 7 },
    ]);
    const window = { run: "dry-run", hasEarlierChunks: false } as const;
    const all = session.report.rows({ ...window, filter: "all", from: 1, count: 3 });
    expect(all.total).toBe(5);
    expect(all.rows).toEqual([
      {
        row: 4,
        email: "office(at)beacon.com",
        kind: "failed",
        detail: "Invalid email format",
        edits: "",
      },
      {
        row: 5,
        email: "ANN@acme.com",
        kind: "repeated",
        detail: "Repeated of row 3: the first row with this email wins",
        edits: "",
      },
      { row: 6, email: "", kind: "failed", detail: "Email is required", edits: "" },
    ]);
    const failed = session.report.rows({ ...window, filter: "failed", from: 0, count: 10 });
    expect(failed.rows.map((row) => row.row)).toEqual([4, 6]);
    const skipped = session.report.rows({ ...window, filter: "skipped", from: 0, count: 10 });
    expect(skipped).toMatchObject({
      total: 1,
      rows: [{ row: 7, detail: "Already exists as lead l9" }],
    });
  });

  it("refuses a file with a header and no rows, and forgets the old file's rows on a new read", async () => {
    const session = new CsvSession();
    await expect(session.open(new Blob(["Email,Name\n"]), {}, SILENT)).rejects.toThrow(
      "The file has a header row but no rows of data.",
    );
    expect(() => session.check(SETTINGS)).toThrow("The file is not parsed yet");
  });
});

import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { importChunks, imports } from "@/db/schema";
import { importChunkInputSchema } from "@/lib/schemas/wizard-import";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { withTestDatabase } from "@/server/testing/with-test-database";
import { startTestWizardImport } from "@/server/testing/wizard-import";
import { finishWizardImport } from "./finish-wizard-import";
import { getImport } from "./get-import";
import { importChunk } from "./import-chunk";

const database = withTestDatabase();

async function startImport(workspaceId: string) {
  const ctx = database.context(workspaceId);
  return { ctx, importId: await startTestWizardImport(ctx, { skippedRows: [5] }) };
}

describe("a wizard import's rows edited and skipped in the review", () => {
  it("keeps each edited cell with the file's value, and the rows skipped by choice", async () => {
    const { workspaceId } = await createTestWorkspace(database.current.db);
    const { ctx, importId } = await startImport(workspaceId);
    const edits = [
      { row: 2, column: "Email", before: "office(at)beacon.com", after: "office@beacon.com" },
      // A character the file had that PostgreSQL cannot store is replaced, not refused.
      { row: 3, column: "Email", before: "none\u0000", after: "" },
    ];
    const { outcomes } = await importChunk({
      ctx,
      input: importChunkInputSchema.parse({
        importId,
        chunkIndex: 0,
        rowNumbers: [2, 3, 4],
        targets: ["email"],
        rows: [["office@beacon.com"], [""], ["ok@acme.com"]],
        options: {},
        edits,
      }),
    });
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(["created", "failed", "created"]);
    const [chunk] = await database.current.db
      .select({ edits: importChunks.edits })
      .from(importChunks)
      .where(and(eq(importChunks.workspaceId, workspaceId), eq(importChunks.importId, importId)));
    expect(chunk?.edits).toEqual([edits[0], { ...edits[1], before: "none" }]);

    await finishWizardImport({ ctx, importId, status: "finished" });
    const run = await getImport({ ctx, importId });
    expect(run).toMatchObject({ editedCells: 2, skippedByChoice: 1, status: "finished" });
    expect(run.rowErrors).toEqual([{ row: 3, error: "Email is required" }]);
    const [record] = await database.current.db
      .select({ skippedRows: imports.skippedRows })
      .from(imports)
      .where(eq(imports.id, importId));
    expect(record?.skippedRows).toEqual([5]);
  });

  it("refuses an edit that names a row outside its chunk, writing nothing", async () => {
    const { workspaceId } = await createTestWorkspace(database.current.db);
    const { ctx, importId } = await startImport(workspaceId);
    const input = importChunkInputSchema.parse({
      importId,
      chunkIndex: 0,
      rowNumbers: [2],
      targets: ["email"],
      rows: [["a@acme.com"]],
      options: {},
      edits: [{ row: 9, column: "Email", before: "x", after: "a@acme.com" }],
    });
    await expect(importChunk({ ctx, input })).rejects.toThrow(
      "edits name row 9, which is not in the chunk",
    );
    expect((await getImport({ ctx, importId })).doneChunks).toEqual([]);
  });
});

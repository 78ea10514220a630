import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { imports } from "@/db/schema";
import type { RowOutcome } from "@/lib/leads/row-outcome";
import { DEFAULT_IMPORT_OPTIONS } from "@/lib/schemas/import-options";
import { ServiceError } from "@/server/errors";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { withTestDatabase } from "@/server/testing/with-test-database";
import { withImportRecord } from "./with-import-record";

const database = withTestDatabase();
const ORIGIN = { door: "bulk", totalRows: 3 } as const;

async function newContext() {
  const { workspaceId } = await createTestWorkspace(database.current.db);
  return database.context(workspaceId);
}

async function recordsOf(workspaceId: string) {
  return database.current.db.select().from(imports).where(eq(imports.workspaceId, workspaceId));
}

describe("withImportRecord", () => {
  it("opens the record before the run and closes it with the tally, every failed row and the warnings", async () => {
    const ctx = await newContext();
    const outcomes: RowOutcome[] = [
      { kind: "created", leadId: "a" },
      { kind: "failed", reason: "email-invalid", email: "nope" },
      { kind: "repeated", firstRow: 0 },
    ];
    const seenWhileRunning: string[] = [];
    const result = await withImportRecord({
      ctx,
      origin: ORIGIN,
      options: { ...DEFAULT_IMPORT_OPTIONS, tag: "q3" },
      rowNumberOf: (index) => index + 2,
      warnings: () => ({ csv: ["asked at the end"] }),
      run: async ({ importId }) => {
        const [run] = await recordsOf(ctx.workspaceId);
        seenWhileRunning.push(`${run?.id === importId}:${run?.status}`);
        return { outcomes };
      },
    });
    expect(seenWhileRunning).toEqual(["true:running"]);
    const [run] = await recordsOf(ctx.workspaceId);
    expect(result.importId).toBe(run?.id);
    expect(run).toMatchObject({
      status: "finished",
      door: "bulk",
      totalRows: 3,
      options: { skipDuplicates: true, dataCleanup: true, restoreDeleted: true, tag: "q3" },
      counts: { created: 1, failed: 1, repeated: 1, updated: 0 },
      processedRows: 3,
      rowErrors: [{ row: 3, email: "nope", error: "Invalid email format" }],
      warnings: { csv: ["asked at the end"] },
    });
    expect(run?.finishedAt).toBeInstanceOf(Date);
  });

  it("writes how far the run has got as its batches commit, before it finishes", async () => {
    const ctx = await newContext();
    const batch = new Map<number, RowOutcome>([
      [0, { kind: "created", leadId: "a" }],
      [1, { kind: "existing", leadId: "b" }],
    ]);
    const seen: unknown[] = [];
    vi.useFakeTimers({ toFake: ["setInterval"] });
    try {
      await withImportRecord({
        ctx,
        origin: ORIGIN,
        options: DEFAULT_IMPORT_OPTIONS,
        run: async ({ onBatchWritten }) => {
          onBatchWritten?.(batch);
          vi.advanceTimersByTime(2_000);
          await expect
            .poll(async () => (await recordsOf(ctx.workspaceId))[0]?.processedRows)
            .toBe(2);
          const [running] = await recordsOf(ctx.workspaceId);
          seen.push({ status: running?.status, counts: running?.counts });
          expect(running?.heartbeatAt).toBeInstanceOf(Date);
          return { outcomes: [...batch.values(), { kind: "repeated", firstRow: 0 } as const] };
        },
      });
    } finally {
      vi.useRealTimers();
    }
    expect(seen).toEqual([
      { status: "running", counts: expect.objectContaining({ created: 1, existing: 1 }) },
    ]);
    const [closed] = await recordsOf(ctx.workspaceId);
    expect(closed).toMatchObject({ status: "finished", processedRows: 3 });
  });

  it("closes the record failed with a service error's message, and rethrows", async () => {
    const ctx = await newContext();
    const refusal = new ServiceError("PLAN_LIMIT_EXCEEDED", "Workspace contact limit exceeded");
    const run = withImportRecord({
      ctx,
      origin: ORIGIN,
      options: DEFAULT_IMPORT_OPTIONS,
      run: async () => {
        throw refusal;
      },
    });
    await expect(run).rejects.toBe(refusal);
    const [record] = await recordsOf(ctx.workspaceId);
    expect(record).toMatchObject({
      status: "failed",
      errorMessage: "Workspace contact limit exceeded",
    });
  });

  it("keeps an unexpected error's own words out of the record", async () => {
    const ctx = await newContext();
    const run = withImportRecord({
      ctx,
      origin: ORIGIN,
      options: DEFAULT_IMPORT_OPTIONS,
      run: async () => {
        throw new Error("connection reset by peer at 10.0.0.7");
      },
    });
    await expect(run).rejects.toThrow("connection reset");
    const [record] = await recordsOf(ctx.workspaceId);
    expect(record).toMatchObject({ status: "failed", errorMessage: "Import failed unexpectedly" });
  });

  it("keeps no record of a dry run, and gives the run no import id", async () => {
    const ctx = await newContext();
    const given: Array<string | null> = [];
    const result = await withImportRecord({
      ctx,
      origin: ORIGIN,
      options: { ...DEFAULT_IMPORT_OPTIONS, dryRun: true },
      run: async ({ importId }) => {
        given.push(importId);
        return { outcomes: [] };
      },
    });
    expect(given).toEqual([null]);
    expect(result.importId).toBeNull();
    expect(await recordsOf(ctx.workspaceId)).toEqual([]);
  });
});

import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { importChunks, imports, leads } from "@/db/schema";
import { importChunkInputSchema } from "@/lib/schemas/wizard-import";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { withTestDatabase } from "@/server/testing/with-test-database";
import { startTestWizardImport } from "@/server/testing/wizard-import";
import { finishWizardImport } from "./finish-wizard-import";
import { importChunk } from "./import-chunk";
import { interruptAbandonedImports } from "./interrupt-imports";

const database = withTestDatabase();

function chunk(importId: string, chunkIndex: number) {
  const rows = [0, 1].map((i) => chunkIndex * 2 + i);
  return importChunkInputSchema.parse({
    importId,
    chunkIndex,
    rowNumbers: rows.map((row) => row + 2),
    targets: ["email"],
    rows: rows.map((row) => [`wizard${row}@example.com`]),
    options: {},
  });
}

describe("a wizard import whose server stopped", () => {
  it("is interrupted once that server is gone, and resumed by its next chunk to the end", async () => {
    const { workspaceId } = await createTestWorkspace(database.current.db);
    const ctx = database.context(workspaceId);
    const importId = await startTestWizardImport(ctx);
    await importChunk({ ctx, input: chunk(importId, 0) });
    const record = () =>
      database.current.db
        .select()
        .from(imports)
        .where(and(eq(imports.workspaceId, workspaceId), eq(imports.id, importId)))
        .then(([row]) => row);
    // The server that applied the last chunk dies.
    await database.current.db
      .update(imports)
      .set({ runnerId: "a-server-that-crashed" })
      .where(eq(imports.id, importId));
    await interruptAbandonedImports(database.current.db);
    expect(await record()).toMatchObject({ status: "interrupted", processedRows: 2 });

    const resumed = await importChunk({ ctx, input: chunk(importId, 1) });
    expect(resumed.outcomes.map((outcome) => outcome.kind)).toEqual(["created", "created"]);
    expect(await record()).toMatchObject({ status: "running", processedRows: 4, finishedAt: null });
    expect(await finishWizardImport({ ctx, importId, status: "finished" })).toEqual({
      status: "finished",
    });
    expect(await record()).toMatchObject({ status: "finished", counts: { created: 4 } });
  });
});

describe("a wizard import's chunks sent side by side", () => {
  it("are each applied once, a chunk sent twice at once too, with the record's counts whole", async () => {
    const { workspaceId } = await createTestWorkspace(database.current.db);
    const ctx = database.context(workspaceId);
    const importId = await startTestWizardImport(ctx);
    const indexes = [0, 1, 2, 3, 4, 5, 2, 2];
    const answers = await Promise.all(
      indexes.map((index) => importChunk({ ctx, input: chunk(importId, index) })),
    );
    const twice = answers.filter((_, at) => indexes[at] === 2).map((answer) => answer.outcomes);
    expect(twice[1]).toEqual(twice[0]);
    expect(twice[2]).toEqual(twice[0]);
    const { db } = database.current;
    const [written] = await db
      .select({ leads: count() })
      .from(leads)
      .where(eq(leads.workspaceId, workspaceId));
    const [recorded] = await db
      .select({ chunks: count() })
      .from(importChunks)
      .where(eq(importChunks.importId, importId));
    expect({ ...written, ...recorded }).toEqual({ leads: 12, chunks: 6 });
    const [record] = await db.select().from(imports).where(eq(imports.id, importId));
    expect(record).toMatchObject({ processedRows: 12, counts: { created: 12 } });
  });

  it("write nothing once the import is finished", async () => {
    const { workspaceId } = await createTestWorkspace(database.current.db);
    const ctx = database.context(workspaceId);
    const importId = await startTestWizardImport(ctx);
    await importChunk({ ctx, input: chunk(importId, 0) });
    await finishWizardImport({ ctx, importId, status: "canceled" });
    await expect(importChunk({ ctx, input: chunk(importId, 1) })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const [written] = await database.current.db
      .select({ leads: count() })
      .from(leads)
      .where(eq(leads.workspaceId, workspaceId));
    expect(written).toEqual({ leads: 2 });
  });
});

/** Sends rows 2, 3… of a new workspace's wizard import as its first chunk. */
async function sendFirstChunk(targets: string[], rows: string[][]) {
  const { workspaceId } = await createTestWorkspace(database.current.db);
  const ctx = database.context(workspaceId);
  const input = importChunkInputSchema.parse({
    importId: await startTestWizardImport(ctx),
    chunkIndex: 0,
    rowNumbers: rows.map((_, index) => index + 2),
    targets,
    rows,
    options: {},
  });
  return { workspaceId, sent: importChunk({ ctx, input }) };
}

describe("a wizard chunk's rows", () => {
  it("become leads the way a CSV's rows do: tags split, a status read, custom fields kept", async () => {
    const { workspaceId, sent } = await sendFirstChunk(
      ["email", "tags", "emailStatus", "custom:Account Tier"],
      [
        ["ann@acme.com", "vip; q3", "Valid", "Gold"],
        ["  ", "", "", "Silver"],
      ],
    );
    const { outcomes } = await sent;
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(["created", "failed"]);
    const [lead] = await database.current.db
      .select({ tags: leads.tags, emailStatus: leads.emailStatus, custom: leads.customFields })
      .from(leads)
      .where(eq(leads.workspaceId, workspaceId));
    expect(lead).toEqual({
      tags: ["vip", "q3"],
      emailStatus: "valid",
      custom: { "Account Tier": "Gold" },
    });
  });

  it("with no column mapped each fail on their own, as a CSV's rows do", async () => {
    const { sent } = await sendFirstChunk([], [[], []]);
    const { outcomes } = await sent;
    expect(outcomes).toEqual([
      { kind: "failed", reason: "email-missing", row: 2 },
      { kind: "failed", reason: "email-missing", row: 3 },
    ]);
  });

  it("are refused whole when a row's cells do not match the targets", async () => {
    const { workspaceId, sent } = await sendFirstChunk(
      ["email", "firstName"],
      [["ann@acme.com", "Ann"], ["bo@acme.com"]],
    );
    await expect(sent).rejects.toThrow("rows[1] has 1 cells; targets name 2");
    const [written] = await database.current.db
      .select({ leads: count() })
      .from(leads)
      .where(eq(leads.workspaceId, workspaceId));
    expect(written?.leads).toBe(0);
  });

  it("name fields the CSV door knows, and never skip", () => {
    const chunkWith = (targets: string[]) =>
      importChunkInputSchema.safeParse({
        chunkIndex: 0,
        rowNumbers: [2],
        targets,
        rows: [targets.map(() => "x")],
        options: {},
        dryRun: true,
      });
    expect(chunkWith(["Email", "company", "custom:Tier"]).data?.targets).toEqual([
      "email",
      "companyName",
      "custom:Tier",
    ]);
    expect(chunkWith(["email", "skip"]).error?.issues[0]?.message).toBe(
      '"skip" is not a field to import',
    );
    expect(chunkWith(["email", "favourite colour"]).success).toBe(false);
  });
});

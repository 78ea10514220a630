import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openPostgres } from "@/db/client";
import { imports, leads } from "@/db/schema";
import { processId, takeLease } from "@/server/process-lease";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { withTestDatabase } from "@/server/testing/with-test-database";
import { interruptAbandonedImports, interruptOwnImports } from "./interrupt-imports";

const database = withTestDatabase();

/** A running import held by `runnerId`, with the progress its heartbeat last wrote. */
async function runningImport(runnerId: string | null, processedRows = 0) {
  const { workspaceId } = await createTestWorkspace(database.current.db);
  const [row] = await database.current.db
    .insert(imports)
    .values({ workspaceId, door: "bulk", totalRows: 5_000, processedRows, runnerId })
    .returning({ id: imports.id });
  return { workspaceId, importId: row?.id as string };
}

async function recordOf({ workspaceId, importId }: { workspaceId: string; importId: string }) {
  const [row] = await database.current.db
    .select()
    .from(imports)
    .where(and(eq(imports.workspaceId, workspaceId), eq(imports.id, importId)));
  return row;
}

describe("interruptAbandonedImports", () => {
  it("marks an import whose process is gone interrupted at once, saying how far it got", async () => {
    const run = await runningImport("a-process-that-crashed", 2_000);
    const written = Array.from({ length: 3_000 }, (_, i) => ({
      workspaceId: run.workspaceId,
      email: `lead${i}@example.com`,
      emailKey: `lead${i}@example.com`,
      lastImportId: run.importId,
    }));
    await database.current.db.insert(leads).values(written);

    expect(await interruptAbandonedImports(database.current.db)).toContain(run.importId);
    expect(await recordOf(run)).toMatchObject({
      status: "interrupted",
      errorMessage: "The server running this import stopped before it finished",
      // The last heartbeat said 2,000; the leads it wrote say more, and they are there.
      processedRows: 3_000,
    });
    expect((await recordOf(run))?.finishedAt).toBeInstanceOf(Date);
  });

  it("leaves alone the imports of processes that hold their lease, this one or another", async () => {
    const mine = await runningImport(processId());
    const other = await runningImport("another-live-server");
    const connection = await database.current.reserve();
    try {
      await takeLease(connection, "another-live-server");
      const interrupted = await interruptAbandonedImports(database.current.db);
      expect(interrupted).not.toContain(mine.importId);
      expect(interrupted).not.toContain(other.importId);
      expect((await recordOf(mine))?.status).toBe("running");
      expect((await recordOf(other))?.status).toBe("running");
    } finally {
      connection.release();
      await database.current.db.execute(sql`select pg_advisory_unlock_all()`);
    }
  });

  it("takes an import as abandoned the moment its process's connection closes", async () => {
    const run = await runningImport("a-server-about-to-die");
    const otherProcess = await openPostgres(database.current.url, { max: 1 });
    const connection = await otherProcess.reserve();
    await takeLease(connection, "a-server-about-to-die");
    connection.release();
    expect(await interruptAbandonedImports(database.current.db)).not.toContain(run.importId);
    // What dying does to a process's connection: it closes, and PostgreSQL frees its locks.
    await otherProcess.close();
    expect(await interruptAbandonedImports(database.current.db)).toContain(run.importId);
  });

  it("treats a running import no process ever named as abandoned", async () => {
    const run = await runningImport(null);
    expect(await interruptAbandonedImports(database.current.db)).toContain(run.importId);
  });
});

describe("interruptOwnImports", () => {
  it("marks this process's running imports interrupted and no one else's", async () => {
    const mine = await runningImport(processId(), 1_000);
    const other = await runningImport("someone-else");
    const interrupted = await interruptOwnImports(database.current.db);
    expect(interrupted).toContain(mine.importId);
    expect(interrupted).not.toContain(other.importId);
    expect(await recordOf(mine)).toMatchObject({ status: "interrupted", processedRows: 1_000 });
    expect((await recordOf(other))?.status).toBe("running");
  });
});

import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rowsOf } from "@/db/client";
import { toImportOptions } from "@/lib/schemas/import-options";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { withTestDatabase } from "@/server/testing/with-test-database";
import { importLeads } from "./import-leads";

const database = withTestDatabase();

describe("the import engine's hold on the workspace", () => {
  it("writes no lead for a workspace that is gone, and fails each of its rows", async () => {
    const { workspaceId } = await createTestWorkspace(database.current.db);
    const { db } = database.current;
    await db.execute(sql`delete from workspaces where id = ${workspaceId}`);

    const { outcomes } = await importLeads({
      ctx: database.context(workspaceId),
      pieces: [[{ email: "ana@gone.example.com" }, { email: "bo@gone.example.com" }]],
      options: toImportOptions({}),
    });

    expect(outcomes.map((outcome) => outcome.kind)).toEqual(["failed", "failed"]);
    const [row] = rowsOf<{ n: number }>(
      await db.execute(
        sql`select count(*)::int as n from leads where workspace_id = ${workspaceId}`,
      ),
    );
    expect(row?.n).toBe(0);
  });
});

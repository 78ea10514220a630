import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { leads } from "@/db/schema";
import { leadFromJson } from "@/lib/leads/lead-from-json";
import { leadIdOf } from "@/lib/leads/row-outcome";
import { DEFAULT_IMPORT_OPTIONS, type ImportOptions } from "@/lib/schemas/import-options";
import { leadInputSchema } from "@/lib/schemas/lead";
import { logger } from "@/server/logger";
import type { ServiceContext } from "@/server/services/context";
import { importLeads } from "@/server/services/leads/import-leads";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { withPgliteDatabase } from "@/server/testing/with-pglite-database";
import { undoImport } from "./undo-import";
import { withImportRecord } from "./with-import-record";

/** The embedded default (PGlite) records imports and undoes them with the same SQL. */
const pglite = withPgliteDatabase();

function recordedImport(ctx: ServiceContext, bodies: unknown[], options: ImportOptions) {
  const records = bodies.map((body) => leadFromJson(leadInputSchema.parse(body)));
  return withImportRecord({
    ctx,
    origin: { door: "bulk", totalRows: records.length },
    options,
    run: (recorded) => importLeads({ ctx, pieces: [records], options, ...recorded }),
  });
}

describe("undo on PGlite", () => {
  it("deletes what an import created and gives what it updated its values back", async () => {
    const { workspaceId } = await createTestWorkspace(pglite.current.db);
    const ctx: ServiceContext = { db: pglite.current.db, workspaceId, logger };
    const first = await recordedImport(
      ctx,
      [
        {
          email: "ada@pglite.dev",
          firstName: "Ada",
          tags: ["a"],
          customFields: { industry: "Maths" },
        },
      ],
      DEFAULT_IMPORT_OPTIONS,
    );
    const adaId = leadIdOf(first.outcomes[0]) as string;
    const [before] = await pglite.current.db.select().from(leads).where(eq(leads.id, adaId));
    const second = await recordedImport(
      ctx,
      [
        {
          email: "ada@pglite.dev",
          firstName: "Augusta",
          tags: ["b"],
          customFields: { industry: "Computing" },
        },
        { email: "new@pglite.dev" },
      ],
      { ...DEFAULT_IMPORT_OPTIONS, skipDuplicates: false },
    );
    const newId = leadIdOf(second.outcomes[1]) as string;

    const result = await undoImport({
      ctx,
      importId: second.importId as string,
      input: { dryRun: false, force: false },
    });
    expect(result.counts).toMatchObject({ deleted: 1, reverted: 1, conflicts: 0 });
    const after = await pglite.current.db
      .select()
      .from(leads)
      .where(and(eq(leads.workspaceId, workspaceId), inArray(leads.id, [adaId, newId])));
    expect(after.find((lead) => lead.id === adaId)).toEqual(before);
    expect(after.find((lead) => lead.id === newId)?.deletedAt).toBeInstanceOf(Date);
  });
});

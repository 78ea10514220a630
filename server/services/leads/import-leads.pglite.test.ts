import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tallyOutcomes } from "@/lib/leads/outcome-tally";
import { DEFAULT_IMPORT_OPTIONS } from "@/lib/schemas/import-options";
import { logger } from "@/server/logger";
import type { ServiceContext } from "@/server/services/context";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { withPgliteDatabase } from "@/server/testing/with-pglite-database";
import { deleteLead } from "./delete-lead";
import { importLeads } from "./import-leads";

/** The embedded default (PGlite) runs the same migrations and the same engine SQL. */
const pglite = withPgliteDatabase();

const OPTIONS = DEFAULT_IMPORT_OPTIONS;

async function context(contactLimit?: number): Promise<ServiceContext> {
  const { workspaceId } = await createTestWorkspace(pglite.current.db, { contactLimit });
  return { db: pglite.current.db, workspaceId, logger };
}

describe("the import engine on PGlite", () => {
  it("creates, skips, updates, restores and dedupes across several batches", async () => {
    const ctx = await context();
    const records = Array.from({ length: 2_500 }, (_, i) => ({
      email: `P${i}@Pglite.dev`,
      firstName: "ANN",
    }));
    const first = await importLeads({
      ctx,
      pieces: [[...records, { email: "p0@pglite.dev" }, { email: "nope" }]],
      options: OPTIONS,
    });
    expect(tallyOutcomes(first.outcomes)).toMatchObject({ created: 2_500, repeated: 1, failed: 1 });

    const leadId = first.outcomes[0]?.kind === "created" ? first.outcomes[0].leadId : "";
    await deleteLead({ ctx, leadId });
    const again = await importLeads({
      ctx,
      pieces: [records.slice(0, 10)],
      options: { ...OPTIONS, skipDuplicates: false },
    });
    expect(tallyOutcomes(again.outcomes)).toMatchObject({ restored: 1, updated: 9 });
  });

  it("rolls a dry run back and refuses a request past the plan limit", async () => {
    const ctx = await context(2);
    const records = [{ email: "a@l.dev" }, { email: "b@l.dev" }, { email: "c@l.dev" }];
    const dry = await importLeads({
      ctx,
      pieces: [records.slice(0, 2)],
      options: { ...OPTIONS, dryRun: true },
    });
    expect(tallyOutcomes(dry.outcomes).created).toBe(2);
    await expect(importLeads({ ctx, pieces: [records], options: OPTIONS })).rejects.toMatchObject({
      code: "PLAN_LIMIT_EXCEEDED",
    });
    const fits = await importLeads({ ctx, pieces: [records.slice(0, 2)], options: OPTIONS });
    expect(tallyOutcomes(fits.outcomes).created).toBe(2);
  });

  it("reads a request in pieces as one: rows numbered on, repeats found across pieces", async () => {
    const ctx = await context();
    const piece = (from: number) =>
      Array.from({ length: 700 }, (_, i) => ({ email: `piece${from + i}@pglite.dev` }));
    const read: number[] = [];
    function* pieces() {
      for (const from of [0, 700]) {
        read.push(from);
        yield piece(from);
      }
      yield [{ email: " PIECE3@pglite.dev " }, { email: "not an email" }, {}];
    }
    const { outcomes } = await importLeads({ ctx, pieces: pieces(), options: OPTIONS });
    expect(read).toEqual([0, 700]);
    expect(outcomes).toHaveLength(1_403);
    expect(tallyOutcomes(outcomes)).toMatchObject({ created: 1_400, repeated: 1, failed: 2 });
    expect(outcomes.slice(1_400)).toEqual([
      { kind: "repeated", firstRow: 3 },
      { kind: "failed", reason: "email-invalid", email: "not an email" },
      { kind: "failed", reason: "email-missing" },
    ]);
  });

  it("reports a batch the database refused as not saved, by email, and writes the others", async () => {
    const ctx = await context();
    const records = Array.from({ length: 1_001 }, (_, i) => ({ email: ` Batch${i}@pglite.dev ` }));
    // A rule the rows cannot know of: the first batch's statement fails as a whole.
    await ctx.db.execute(
      sql`alter table leads add constraint no_refused check (notes <> 'refuse')`,
    );
    records[5] = { email: "refused@pglite.dev", notes: "refuse" } as (typeof records)[number];
    const { outcomes } = await importLeads({ ctx, pieces: [records], options: OPTIONS });
    expect(tallyOutcomes(outcomes)).toMatchObject({ failed: 1_000, created: 1 });
    expect(outcomes[0]).toEqual({
      kind: "failed",
      reason: "not-saved",
      email: "Batch0@pglite.dev",
    });
    expect(outcomes[1_000]?.kind).toBe("created");
  });
});

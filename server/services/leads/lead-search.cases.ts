import { describe, expect, it } from "vitest";
import { type Database, rowsOf } from "@/db/client";
import { leads } from "@/db/schema";
import { logger } from "@/server/logger";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { countLeads } from "./count-leads";
import { deleteLead } from "./delete-lead";
import { leadSearchCondition } from "./lead-filters";
import { listLeads } from "./list-leads";

/*
 * Lead search as the seed README documents it (case-insensitive text in the email, a name or the
 * company), run against PostgreSQL (lead-search.int.test.ts) and PGlite (lead-search.pglite.test.ts).
 */

const PEOPLE = [
  { emailKey: "ann.lee@acme.example", firstName: "Ann", lastName: "Lee", companyName: "Acme" },
  { emailKey: "bo@globex.example", firstName: "Bo", lastName: "Karlsson", companyName: "Globex" },
  { emailKey: "cy@initech.example", firstName: null, lastName: null, companyName: "100% Init_ech" },
  { emailKey: "dee@umbrella.example", firstName: "Dee", lastName: "Annsworth", companyName: null },
];

async function seed(database: Database) {
  const { workspaceId } = await createTestWorkspace(database.db);
  const rows = await database.db
    .insert(leads)
    .values(PEOPLE.map((person) => ({ ...person, workspaceId, email: person.emailKey })))
    .returning({ id: leads.id, emailKey: leads.emailKey });
  return { ctx: { db: database.db, workspaceId, logger }, rows };
}

export function describeLeadSearch(database: () => Database) {
  async function emailsFound(ctx: Awaited<ReturnType<typeof seed>>["ctx"], search: string) {
    const { leads: found } = await listLeads({ ctx, input: { limit: 50, search } });
    const { count } = await countLeads({ ctx, input: { search } });
    expect(count).toBe(found.length);
    return found.map((lead) => lead.email).sort();
  }

  describe("lead search", () => {
    it("finds text in the email, either name or the company, in any case", async () => {
      const { ctx } = await seed(database());
      expect(await emailsFound(ctx, "ANN")).toEqual([
        "ann.lee@acme.example",
        "dee@umbrella.example",
      ]);
      expect(await emailsFound(ctx, "karls")).toEqual(["bo@globex.example"]);
      expect(await emailsFound(ctx, "GLOBEX.EX")).toEqual(["bo@globex.example"]);
      expect(await emailsFound(ctx, "acme")).toEqual(["ann.lee@acme.example"]);
      expect(await emailsFound(ctx, "a")).toHaveLength(4);
    });

    it("never matches across two fields, whatever the search holds", async () => {
      const { ctx } = await seed(database());
      expect(await emailsFound(ctx, "Ann Lee")).toEqual([]);
      expect(await emailsFound(ctx, "examplebo")).toEqual([]);
      expect(await emailsFound(ctx, "ann\u0001lee")).toEqual([]);
      expect(await emailsFound(ctx, "example\u0001")).toEqual([]);
    });

    it("reads % and _ as themselves", async () => {
      const { ctx } = await seed(database());
      expect(await emailsFound(ctx, "100% init_")).toEqual(["cy@initech.example"]);
      expect(await emailsFound(ctx, "b_")).toEqual([]);
      expect(await emailsFound(ctx, "%")).toEqual(["cy@initech.example"]);
    });

    it("finds only the workspace's own leads, and none deleted", async () => {
      const mine = await seed(database());
      await seed(database());
      const bo = mine.rows.find((row) => row.emailKey.startsWith("bo@"));
      await deleteLead({ ctx: mine.ctx, leadId: bo?.id ?? "" });
      expect(await emailsFound(mine.ctx, "globex")).toEqual([]);
      expect(await emailsFound(mine.ctx, "acme")).toEqual(["ann.lee@acme.example"]);
    });

    it("reads the trigram index (leads_search_idx)", async () => {
      await seed(database());
      const query = database()
        .db.select({ id: leads.id })
        .from(leads)
        .where(leadSearchCondition("acme"))
        .toSQL();
      const connection = await database().reserve();
      try {
        await connection.query("begin");
        // A few rows are read faster without an index; the question is whether this one serves.
        await connection.query("set local enable_seqscan = off");
        const plan = JSON.stringify(
          await connection.query(`explain ${query.sql}`, query.params as string[]),
        );
        // leads_search_idx, or under test:sharded the partitions' copies of it.
        const trigramIndexes = rowsOf<{ indexname: string }>(
          await connection.query(
            "select indexname from pg_indexes where indexdef like '%gin_trgm_ops%' and tablename like 'leads%'",
          ),
        ).map((row) => row.indexname);
        expect(trigramIndexes).toContain("leads_search_idx");
        expect(trigramIndexes.some((name) => plan.includes(name))).toBe(true);
      } finally {
        await connection.query("rollback");
        connection.release();
      }
    });
  });
}

import { eq } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leads } from "@/db/schema";
import { STRING_FIELDS } from "@/lib/fields/catalogue";
import { emailIdentity } from "@/lib/leads/email-identity";
import {
  bulkCounts,
  bulkImportCounts,
  campaignCsvCounts,
  tallyOutcomes,
} from "@/lib/leads/outcome-tally";
import { toImportOptions } from "@/lib/schemas/import-options";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { withTestDatabase } from "@/server/testing/with-test-database";
import { importLeads } from "./import-leads";

const database = withTestDatabase();

async function freshContext() {
  const { workspaceId } = await createTestWorkspace(database.current.db);
  return database.context(workspaceId);
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Emails that repeat across rows and runs, in several spellings, and some that are not emails. */
const email = fc.oneof(
  fc.constantFrom(
    "ana@acme.com",
    " ANA@acme.com",
    "bo@acme.com",
    "mailto:cy@acme.com",
    "cy@acme.com",
  ),
  fc.constantFrom("", "not an email", "a@b", "dee@acme.com\u0000"),
  fc.emailAddress(),
);
const row = fc.record(
  {
    email,
    firstName: fc.string({ maxLength: 8 }),
    tags: fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);
const options = fc.record({
  skipDuplicates: fc.boolean(),
  dataCleanup: fc.boolean(),
  restoreDeleted: fc.boolean(),
});

describe("the import engine, for any rows", () => {
  it("gives every row one outcome, and every door's counts add up to the rows sent", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 4 }),
        fc.array(row, { minLength: 1, maxLength: 40 }),
        options,
        async (earlier, rows, chosen) => {
          const ctx = await freshContext();
          await importLeads({ ctx, pieces: [earlier], options: toImportOptions({}) });
          const { outcomes } = await importLeads({
            ctx,
            pieces: [rows],
            options: toImportOptions(chosen),
          });
          expect(outcomes).toHaveLength(rows.length);
          const tally = tallyOutcomes(outcomes);
          expect(sum(tally)).toBe(rows.length);
          expect(sum(bulkCounts(tally))).toBe(rows.length);
          // Seed 003's door never updates, so its counts know no "updated".
          if (chosen.skipDuplicates) expect(sum(bulkImportCounts(tally))).toBe(rows.length);
          const campaign = campaignCsvCounts(tally);
          expect(campaign.created + campaign.existing + campaign.failed).toBe(rows.length);
          // No lead twice: one active lead per identity sent.
          const stored = await database.current.db
            .select({ emailKey: leads.emailKey })
            .from(leads)
            .where(eq(leads.workspaceId, ctx.workspaceId));
          expect(new Set(stored.map((lead) => lead.emailKey)).size).toBe(stored.length);
          const sent = [...earlier, ...rows].flatMap((r) => {
            const key = emailIdentity(r.email, true) ?? emailIdentity(r.email, false);
            return key ? [key] : [];
          });
          expect(stored.length).toBeLessThanOrEqual(new Set(sent).size);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("lets no string in any field fail more than its own row", async () => {
    const where = fc.constantFrom(...STRING_FIELDS, "custom name", "custom value", "tag");
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.string({ unit: "grapheme", maxLength: 300 }),
      fc.string({ unit: "binary", minLength: 1_000, maxLength: 3_000 }),
    );
    await fc.assert(
      fc.asyncProperty(text, where, fc.boolean(), async (value, field, dataCleanup) => {
        const ctx = await freshContext();
        const rows: Array<Record<string, unknown>> = Array.from({ length: 30 }, (_, i) => ({
          email: `good${i}@rows.example.com`,
        }));
        const bad: Record<string, unknown> = { email: "bad@rows.example.com" };
        if (field === "custom name") bad.customFields = { [value]: "x" };
        else if (field === "custom value") bad.customFields = { Source: value };
        else if (field === "tag") bad.tags = [value];
        else bad[field] = value;
        rows[15] = bad;
        const { outcomes } = await importLeads({
          ctx,
          pieces: [rows],
          options: toImportOptions({ dataCleanup }),
        });
        outcomes.forEach((outcome, index) => {
          if (index !== 15) expect(outcome.kind, `row ${index}`).toBe("created");
        });
        expect(outcomes[15]).not.toMatchObject({ reason: "not-saved" });
      }),
      { numRuns: 80 },
    );
  });
});

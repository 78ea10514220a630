import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { imports, leads } from "@/db/schema";
import {
  activeLeads as activeLeadsIn,
  leadApi,
  workspaceWithLeadApi,
} from "@/server/testing/api-client";
import { withTestDatabase } from "@/server/testing/with-test-database";

const database = withTestDatabase();
const newWorkspace = (contactLimit?: number) =>
  workspaceWithLeadApi(database.current.db, { contactLimit });
const activeLeads = (workspaceId: string) => activeLeadsIn(database.current.db, workspaceId);

const SEED_000_BODY = {
  leads: [
    {
      email: "john@acme.com",
      firstName: "John",
      lastName: "Doe",
      companyName: "Acme Corp",
      jobTitle: "VP of Sales",
      industry: "SaaS",
    },
    { email: "jane@example.com", firstName: "Jane", lastName: "Smith", companyName: "Example Inc" },
  ],
  skipDuplicates: true,
  dataCleanup: true,
  tag: "batch-2025-06",
};

describe("POST /v1/leads/bulk (seed 000)", () => {
  it("answers the seed request with the seed's shape and stores custom fields and the tag", async () => {
    const { api, workspaceId } = await newWorkspace();
    const { status, json } = await api.bulk(SEED_000_BODY);
    expect(status).toBe(200);
    expect(json.success).toBe(true);
    expect(json.data).toEqual({
      imported: 2,
      updated: 0,
      skipped: 0,
      failed: 0,
      importedLeadIds: [expect.any(String), expect.any(String)],
    });
    const stored = await activeLeads(workspaceId);
    const john = stored.find((lead) => lead.emailKey === "john@acme.com");
    expect(john).toMatchObject({ companyName: "Acme Corp", jobTitle: "VP of Sales" });
    expect(john?.customFields).toEqual({ industry: "SaaS" });
    expect(stored.every((lead) => lead.tags.includes("batch-2025-06"))).toBe(true);
  });

  it("skips existing emails by default and updates them with skipDuplicates false", async () => {
    const { api, workspaceId } = await newWorkspace();
    await api.bulk({ leads: [{ email: "a@acme.com", firstName: "Ann" }] });
    const skipped = await api.bulk({ leads: [{ email: "a@acme.com", firstName: "Anna" }] });
    expect(skipped.json.data).toMatchObject({ imported: 0, updated: 0, skipped: 1, failed: 0 });
    expect((await activeLeads(workspaceId))[0]?.firstName).toBe("Ann");

    const updated = await api.bulk({
      leads: [{ email: "a@acme.com", firstName: "Anna" }],
      skipDuplicates: false,
    });
    expect(updated.json.data).toMatchObject({ imported: 0, updated: 1, skipped: 0, failed: 0 });
    expect((await activeLeads(workspaceId))[0]?.firstName).toBe("Anna");
  });

  it("never blanks a field the update leaves out, and merges custom fields", async () => {
    const { api, workspaceId } = await newWorkspace();
    await api.bulk({
      leads: [
        {
          email: "b@acme.com",
          firstName: "Bob",
          phone: "+14155552671",
          emailStatus: "valid",
          industry: "SaaS",
          size: "50",
        },
      ],
    });
    await api.bulk({
      leads: [{ email: "b@acme.com", lastName: "Stone", industry: "Fintech", region: "EMEA" }],
      skipDuplicates: false,
    });
    const [lead] = await activeLeads(workspaceId);
    expect(lead).toMatchObject({
      firstName: "Bob",
      lastName: "Stone",
      phone: "+14155552671",
      emailStatus: "valid",
    });
    expect(lead?.customFields).toEqual({ industry: "Fintech", size: "50", region: "EMEA" });
  });

  it("overwrites the email status an update carries, though never with 'unverified'", async () => {
    const { api, workspaceId } = await newWorkspace();
    await api.bulk({
      leads: [
        { email: "e@acme.com", emailStatus: "valid" },
        { email: "f@acme.com", emailStatus: "valid" },
      ],
    });
    await api.bulk({
      leads: [
        { email: "e@acme.com", emailStatus: "invalid" },
        { email: "f@acme.com", emailStatus: "unverified" },
      ],
      skipDuplicates: false,
    });
    const statuses = (await activeLeads(workspaceId)).map((lead) => [
      lead.emailKey,
      lead.emailStatus,
    ]);
    expect(Object.fromEntries(statuses)).toEqual({
      "e@acme.com": "invalid",
      "f@acme.com": "valid",
    });
  });

  it("keeps each email as sent when cleanup is off, next to emails sent in lower case", async () => {
    const { api, workspaceId } = await newWorkspace();
    const { json } = await api.bulk({
      leads: [{ email: "Ann.Lee@Acme.COM" }, { email: "bob@acme.com", tags: ["vip"] }],
      dataCleanup: false,
    });
    expect(json.data).toMatchObject({ imported: 2, failed: 0 });
    const stored = await activeLeads(workspaceId);
    expect(stored.map(({ email, emailKey, tags }) => ({ email, emailKey, tags }))).toEqual(
      expect.arrayContaining([
        { email: "Ann.Lee@Acme.COM", emailKey: "ann.lee@acme.com", tags: [] },
        { email: "bob@acme.com", emailKey: "bob@acme.com", tags: ["vip"] },
      ]),
    );
  });

  it("adds the tag to leads it skips as well as those it creates", async () => {
    const { api, workspaceId } = await newWorkspace();
    await api.bulk({ leads: [{ email: "c@acme.com", tags: ["vip"] }] });
    const { json } = await api.bulk({
      leads: [{ email: "c@acme.com" }, { email: "d@acme.com" }],
      tag: "q3",
    });
    expect(json.data).toMatchObject({ imported: 1, skipped: 1 });
    const stored = await activeLeads(workspaceId);
    expect(stored.find((lead) => lead.emailKey === "c@acme.com")?.tags).toEqual(["vip", "q3"]);
    expect(stored.find((lead) => lead.emailKey === "d@acme.com")?.tags).toEqual(["q3"]);
  });

  it("counts a repeated email in one request once, whatever its case and spacing", async () => {
    const { api, workspaceId } = await newWorkspace();
    const { json } = await api.bulk({
      leads: [
        { email: "Same@Acme.com", firstName: "First" },
        { email: "  same@acme.COM ", firstName: "Second" },
        { email: "SAME@ACME.COM", firstName: "Third" },
      ],
    });
    expect(json.data).toMatchObject({ imported: 1, skipped: 2, failed: 0 });
    const stored = await activeLeads(workspaceId);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.firstName).toBe("First");
  });

  it("fails invalid and missing emails row by row and imports the rest", async () => {
    const { api } = await newWorkspace();
    const { json } = await api.bulk({
      leads: [
        { email: "not-an-email" },
        { firstName: "No Email" },
        { email: "" },
        { email: "ok@acme.com" },
      ],
    });
    expect(json.data).toMatchObject({ imported: 1, updated: 0, skipped: 0, failed: 3 });
    expect(json.data.errors).toEqual([
      { email: "not-an-email", error: "Invalid email format" },
      { row: 2, error: "Email is required" },
      { row: 3, error: "Email is required" },
    ]);
  });

  it("lists at most 100 errors while counting them all", async () => {
    const { api } = await newWorkspace();
    const leadsWithBadEmails = Array.from({ length: 150 }, (_, i) => ({ email: `bad-${i}` }));
    const { json } = await api.bulk({ leads: leadsWithBadEmails });
    expect(json.data.failed).toBe(150);
    expect(json.data.errors).toHaveLength(100);
  });

  it("brings a soft-deleted lead back as imported rather than making a second lead", async () => {
    const { api, workspaceId } = await newWorkspace();
    const created = await api.bulk({ leads: [{ email: "gone@acme.com", firstName: "Gone" }] });
    const [leadId] = created.json.data.importedLeadIds;
    expect((await api.remove(leadId)).status).toBe(200);
    const { json } = await api.bulk({ leads: [{ email: "gone@acme.com", lastName: "Back" }] });
    expect(json.data).toMatchObject({ imported: 1, importedLeadIds: [leadId] });
    const [lead] = await activeLeads(workspaceId);
    expect(lead).toMatchObject({ id: leadId, firstName: "Gone", lastName: "Back" });
  });

  it("accepts 5,000 leads and refuses 5,001 with 400 and nothing written", async () => {
    const { api, workspaceId } = await newWorkspace();
    const make = (count: number, prefix: string) =>
      Array.from({ length: count }, (_, i) => ({ email: `${prefix}${i}@bulk.example` }));
    const refused = await api.bulk({ leads: make(5001, "x") });
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe("VALIDATION_ERROR");
    expect(await activeLeads(workspaceId)).toHaveLength(0);
    const accepted = await api.bulk({ leads: make(5000, "y") });
    expect(accepted.status).toBe(200);
    expect(accepted.json.data.imported).toBe(5000);
    expect(await activeLeads(workspaceId)).toHaveLength(5000);
  });

  it.each([
    ["an empty array", { leads: [] }, 400, "VALIDATION_ERROR"],
    ["no leads key", { skipDuplicates: true }, 400, "VALIDATION_ERROR"],
    ["leads not an array", { leads: "a@b.com" }, 422, "INVALID_BODY"],
    [
      "a field of the wrong type",
      { leads: [{ email: "a@b.com", firstName: 42 }] },
      422,
      "INVALID_BODY",
    ],
    [
      "an option of the wrong type",
      { leads: [{ email: "a@b.com" }], skipDuplicates: "no" },
      422,
      "INVALID_BODY",
    ],
  ])("refuses %s", async (_name, body, status, code) => {
    const { api } = await newWorkspace();
    const response = await api.bulk(body);
    expect(response.status).toBe(status);
    expect(response.json.error.code).toBe(code);
  });
});

describe("plan limit", () => {
  it("accepts a request that reaches the limit exactly and refuses one past it, writing nothing", async () => {
    const { api, workspaceId } = await newWorkspace(3);
    const atLimit = await api.bulk({
      leads: [{ email: "1@l.com" }, { email: "2@l.com" }, { email: "3@l.com" }],
    });
    expect(atLimit.status).toBe(200);
    const past = await api.bulk({
      leads: [{ email: "4@l.com" }, { email: "1@l.com", firstName: "X" }],
      skipDuplicates: false,
    });
    expect(past.status).toBe(402);
    expect(past.json.error.code).toBe("PLAN_LIMIT_EXCEEDED");
    const stored = await activeLeads(workspaceId);
    expect(stored).toHaveLength(3);
    expect(stored.find((lead) => lead.emailKey === "1@l.com")?.firstName).toBeNull();
  });

  it("still updates existing leads when the workspace is full", async () => {
    const { api } = await newWorkspace(1);
    await api.bulk({ leads: [{ email: "only@l.com" }] });
    const { status, json } = await api.bulk({
      leads: [{ email: "only@l.com", firstName: "O" }],
      skipDuplicates: false,
    });
    expect(status).toBe(200);
    expect(json.data.updated).toBe(1);
  });

  it("lets only one of two concurrent requests racing for the last places through", async () => {
    const { key, workspaceId } = await newWorkspace(10);
    const api = leadApi(key);
    await api.bulk({
      leads: Array.from({ length: 6 }, (_, i) => ({ email: `base${i}@race.com` })),
    });
    const batch = (prefix: string) => ({
      leads: Array.from({ length: 3 }, (_, i) => ({ email: `${prefix}${i}@race.com` })),
    });
    const results = await Promise.all([api.bulk(batch("a")), api.bulk(batch("b"))]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 402]);
    expect(await activeLeads(workspaceId)).toHaveLength(9);
  });
});

describe("concurrent imports", () => {
  it("ends two overlapping imports with one lead per email and counts that add up", async () => {
    const { api, workspaceId } = await newWorkspace();
    const emails = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => ({ email: `p${from + i}@overlap.com` }));
    const [first, second] = await Promise.all([
      api.bulk({ leads: emails(0, 3000), skipDuplicates: false }),
      api.bulk({ leads: emails(1000, 4000), skipDuplicates: false }),
    ]);
    const stored = await activeLeads(workspaceId);
    expect(stored).toHaveLength(4000);
    expect(new Set(stored.map((lead) => lead.emailKey)).size).toBe(4000);
    const total = (d: { imported: number; updated: number; skipped: number; failed: number }) =>
      d.imported + d.updated + d.skipped + d.failed;
    expect(total(first?.json.data)).toBe(3000);
    expect(total(second?.json.data)).toBe(3000);
    expect(first?.json.data.imported + second?.json.data.imported).toBe(4000);
    expect(first?.json.data.failed + second?.json.data.failed).toBe(0);
  });
});

describe("dry run", () => {
  it("returns the counts the real call then returns, and writes nothing", async () => {
    const { api, workspaceId } = await newWorkspace();
    await api.bulk({ leads: [{ email: "exists@dry.com" }] });
    const body = {
      leads: [
        { email: "exists@dry.com", firstName: "E" },
        { email: "new@dry.com" },
        { email: "new@dry.com" },
        { email: "bad" },
      ],
      skipDuplicates: false,
    };
    const countRows = async () => {
      const [row] = await database.current.db
        .select({ leads: sql<number>`count(*)::int` })
        .from(leads)
        .where(eq(leads.workspaceId, workspaceId));
      const [importRows] = await database.current.db
        .select({ count: sql<number>`count(*)::int` })
        .from(imports)
        .where(eq(imports.workspaceId, workspaceId));
      return { leads: row?.leads, imports: importRows?.count };
    };
    const before = await countRows();
    const dry = await api.bulk({ ...body, dryRun: true });
    expect(await countRows()).toEqual(before);
    expect((await activeLeads(workspaceId))[0]?.firstName).toBeNull();
    const real = await api.bulk(body);
    const withoutIds = ({ importedLeadIds, ...rest }: Record<string, unknown>) => ({
      ...rest,
      idCount: (importedLeadIds as string[]).length,
    });
    expect(withoutIds(dry.json.data)).toEqual(withoutIds(real.json.data));
    expect(real.json.data).toMatchObject({ imported: 1, updated: 1, skipped: 1, failed: 1 });
  });
});

import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv/parse-csv";
import { leadApi } from "@/server/testing/api-client";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { withTestDatabase } from "@/server/testing/with-test-database";
import { exportLeadsCsv } from "./export-leads-csv";

const database = withTestDatabase();

async function exported(...args: Parameters<typeof exportLeadsCsv>) {
  let text = "";
  for await (const piece of await exportLeadsCsv(...args)) text += piece;
  return text;
}

describe("exportLeadsCsv", () => {
  it("writes UTF-8 with a BOM, the importer's headers, custom columns and escaped formulas", async () => {
    const { key, workspaceId } = await createTestWorkspace(database.current.db);
    await leadApi(key).bulk({
      leads: [
        {
          email: "zoe@export.example.com",
          firstName: "Zoë",
          notes: '=HYPERLINK("http://evil")',
          tags: ["vip", "eu"],
          industry: "SaaS, B2B",
        },
        { email: "max@export.example.com", firstName: "Max", country: "DE", seats: "12" },
        { email: "out@export.example.com", country: "US" },
      ],
    });
    const ctx = database.context(workspaceId);
    const csv = await exported({
      ctx,
      selection: { filters: { search: "export.example.com", tags: ["vip"] } },
    });
    expect(csv.startsWith("\uFEFFEmail,First name,Last name,Company,")).toBe(true);
    const parsed = parseCsv(csv);
    // Custom columns are those of the exported leads only: Max's `seats` is not among them.
    expect(parsed.headers.slice(-4)).toEqual(["Email status", "Tags", "industry", "Created at"]);
    const rows = parsed.rows.map((cells) =>
      Object.fromEntries(parsed.headers.map((header, i) => [header, cells[i]])),
    );
    expect(rows).toEqual([
      expect.objectContaining({
        Email: "zoe@export.example.com",
        "First name": "Zoë",
        Notes: '\'=HYPERLINK("http://evil")',
        Tags: "vip, eu",
        industry: "SaaS, B2B",
      }),
    ]);
  });

  it("streams every lead of a selection over many pages, newest first, none twice", async () => {
    const { key, workspaceId } = await createTestWorkspace(database.current.db);
    const leads = Array.from({ length: 2_345 }, (_, i) => ({ email: `p${i}@pages.example.com` }));
    await leadApi(key).bulk({ leads });
    const csv = await exported({
      ctx: database.context(workspaceId),
      selection: { selectAll: true },
    });
    const emails = parseCsv(csv).rows.map((cells) => cells[0]);
    expect(emails).toHaveLength(2_345);
    expect(new Set(emails).size).toBe(2_345);
  });
});

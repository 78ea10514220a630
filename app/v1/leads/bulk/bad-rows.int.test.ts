import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { imports, leads } from "@/db/schema";
import { leadApi } from "@/server/testing/api-client";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { withTestDatabase } from "@/server/testing/with-test-database";

const database = withTestDatabase();

/** 5,000 good leads with one bad one at position 2,500 (in the third batch). */
function leadsWith(bad: Record<string, unknown>) {
  const list: Array<Record<string, unknown>> = Array.from({ length: 5_000 }, (_, i) => ({
    email: `row${i}@bad-rows.example.com`,
  }));
  list[2_500] = { email: "row2500@bad-rows.example.com", ...bad };
  return list;
}

async function bulk(body: Record<string, unknown>) {
  const { key, workspaceId } = await createTestWorkspace(database.current.db);
  const response = await leadApi(key).bulk(body, { "Idempotency-Key": "bad-rows" });
  const [record] = await database.current.db
    .select()
    .from(imports)
    .where(eq(imports.workspaceId, workspaceId));
  const stored = await database.current.db
    .select()
    .from(leads)
    .where(and(eq(leads.workspaceId, workspaceId)));
  return { ...response, record, stored };
}

const UNSTORABLE = "holds a character that cannot be stored (NUL or an unpaired surrogate)";

describe("one bad row of a bulk call", () => {
  it.each([
    ["a NUL in the email", { email: "row2500@bad\u0000rows.example.com" }, "Invalid email format"],
    [
      "a lone surrogate in the email",
      { email: "row2500\uD800@bad-rows.example.com" },
      "Invalid email format",
    ],
    [
      "a NUL in a custom field's name",
      { "Lead\u0000Source": "x" },
      `Custom field "Lead\uFFFDSource" ${UNSTORABLE}`,
    ],
    [
      "a lone surrogate in a custom field",
      { customFields: { Source: "\uDC00" } },
      `Custom field "Source" ${UNSTORABLE}`,
    ],
    ["a NUL in a tag", { tags: ["vip\u0000"] }, `Tag "vip\uFFFD" ${UNSTORABLE}`],
    ["a NUL in a name", { firstName: "A\u0000na" }, `"firstName" ${UNSTORABLE}`],
    [
      "a 10 MB first name",
      { firstName: "a".repeat(10_000_000) },
      '"firstName" is longer than 1,000 characters',
    ],
    [
      "10,000 custom fields",
      {
        customFields: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`f${i}`, "x"])),
      },
      "More than 100 custom fields",
    ],
  ])("fails that row alone with cleanup off: %s", async (_, bad, message) => {
    const { status, json, record, stored } = await bulk({
      leads: leadsWith(bad),
      dataCleanup: false,
    });
    expect(status).toBe(200);
    expect(json.data).toMatchObject({ imported: 4_999, failed: 1 });
    expect(json.data.errors).toHaveLength(1);
    expect(json.data.errors[0].error).toBe(message);
    expect(stored).toHaveLength(4_999);
    expect(record).toMatchObject({ status: "finished", counts: { created: 4_999, failed: 1 } });
  });

  it("with cleanup on, keeps the row and drops what cannot be stored", async () => {
    const { json, stored } = await bulk({
      leads: leadsWith({
        firstName: "A\u0000na\u0007",
        customFields: { "Lead\u0000Source": "web\uD800" },
        tags: ["vip\u0000"],
      }),
    });
    expect(json.data).toMatchObject({ imported: 5_000, failed: 0 });
    const lead = stored.find((row) => row.emailKey === "row2500@bad-rows.example.com");
    expect(lead).toMatchObject({
      firstName: "Ana",
      customFields: { LeadSource: "web\uFFFD" },
      tags: ["vip"],
    });
  });

  it("refuses a tag option PostgreSQL could not store before writing anything", async () => {
    const { status, json, stored } = await bulk({ leads: leadsWith({}), tag: "q\u00003" });
    expect(status).toBe(422);
    expect(json.error.message).toMatch(/^Invalid request body: tag: holds a character/);
    expect(stored).toHaveLength(0);
  });
});

import { expect, test } from "@playwright/test";
import { countLeads } from "../support/api";
import { csvForm, leadsCsv } from "../support/csv";
import { createE2EWorkspace } from "../support/workspace";

test.describe("POST /v1/leads/import/csv", () => {
  test("imports the seed's columns with a custom mapping and reports csvInfo", async ({
    request,
  }) => {
    const { key } = await createE2EWorkspace();
    const csv =
      "Email,First Name,Last Name,Company,Title,Industry,Notes\njohn@acme.com,John,Doe,Acme,VP Sales,SaaS,skip me\nnot-an-email,X,Y,Z,W,V,U\n";
    const response = await request.post("/v1/leads/import/csv", {
      headers: { "X-Api-Key": key },
      multipart: csvForm([
        ["file", { name: "leads.csv", content: csv }],
        ["mapping", JSON.stringify({ Industry: "custom:Industry", Notes: "skip" })],
      ]),
    });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.data).toMatchObject({
      imported: 1,
      updated: 0,
      skipped: 0,
      failed: 1,
      errors: [{ email: "not-an-email", error: "Invalid email format" }],
      csvInfo: {
        totalRows: 2,
        columns: ["Email", "First Name", "Last Name", "Company", "Title", "Industry", "Notes"],
        mapping: {
          Email: "email",
          "First Name": "firstName",
          "Last Name": "lastName",
          Company: "companyName",
          Title: "jobTitle",
          Industry: "custom:Industry",
          Notes: "skip",
        },
      },
    });
    const lead = await request.get(`/v1/leads/${body.data.importedLeadIds[0]}`, {
      headers: { "X-Api-Key": key },
    });
    const stored = (await lead.json()).data;
    expect(stored.customFields).toEqual({ Industry: "SaaS" });
    expect(stored.notes).toBeNull();
  });

  test("answers every seed error message exactly", async ({ request }) => {
    const { key } = await createE2EWorkspace();
    const post = (multipart: ReturnType<typeof csvForm>) =>
      request.post("/v1/leads/import/csv", { headers: { "X-Api-Key": key }, multipart });
    const cases: Array<[ReturnType<typeof csvForm>, string]> = [
      [
        csvForm([["tag", "x"]]),
        'CSV file is required. Send as multipart/form-data with field name "file".',
      ],
      [csvForm([["file", { name: "e.csv", content: "" }]]), "CSV file is empty"],
      [csvForm([["file", { name: "h.csv", content: "Email,Name\n" }]]), "CSV file is empty"],
      [csvForm([["file", { name: "b.csv", content: "\n\n\n" }]]), "CSV file is empty"],
      [
        csvForm([["file", { name: "n.csv", content: "Name,Company\nJohn,Acme\n" }]]),
        'No email column detected. Provide a "mapping" field or ensure your CSV has an "email" column.',
      ],
      [
        csvForm([
          ["file", { name: "m.csv", content: leadsCsv(2) }],
          ["mapping", "{not json"],
        ]),
        "Invalid mapping JSON",
      ],
      [
        csvForm([
          ["file", { name: "m.csv", content: leadsCsv(2) }],
          ["mapping", '{"Email": "nonsense"}'],
        ]),
        "Invalid mapping JSON",
      ],
      [
        csvForm([
          ["file", { name: "m.csv", content: leadsCsv(2) }],
          ["mapping", '["email"]'],
        ]),
        "Invalid mapping JSON",
      ],
    ];
    for (const [multipart, message] of cases) {
      const response = await post(multipart);
      expect(response.status(), message).toBe(400);
      expect(await response.json()).toEqual({
        success: false,
        error: { code: "VALIDATION_ERROR", message },
      });
    }
  });

  test("names a mapping column that is not in the file", async ({ request }) => {
    const { key } = await createE2EWorkspace();
    const response = await request.post("/v1/leads/import/csv", {
      headers: { "X-Api-Key": key },
      multipart: csvForm([
        ["file", { name: "m.csv", content: leadsCsv(2) }],
        ["mapping", '{"E-mail Address": "email"}'],
      ]),
    });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.message).toContain('"E-mail Address"');
  });

  test("takes text fields sent after the file", async ({ request }) => {
    const { key } = await createE2EWorkspace();
    const response = await request.post("/v1/leads/import/csv", {
      headers: { "X-Api-Key": key },
      multipart: csvForm([
        ["file", { name: "a.csv", content: "Contact,Org\nann@acme.com,Acme\n" }],
        ["mapping", '{"Contact": "email", "Org": "companyName"}'],
        ["tag", "after-file"],
      ]),
    });
    const body = await response.json();
    expect(body.data.imported).toBe(1);
    expect(body.data.csvInfo.mapping).toEqual({ Contact: "email", Org: "companyName" });
  });

  test("updates on a second upload of the same file with skipDuplicates=false", async ({
    request,
  }) => {
    const { key } = await createE2EWorkspace();
    const file = { name: "same.csv", content: leadsCsv(20) };
    const first = await request.post("/v1/leads/import/csv", {
      headers: { "X-Api-Key": key },
      multipart: csvForm([["file", file]]),
    });
    expect((await first.json()).data.imported).toBe(20);
    const skipped = await request.post("/v1/leads/import/csv", {
      headers: { "X-Api-Key": key },
      multipart: csvForm([["file", file]]),
    });
    expect((await skipped.json()).data).toMatchObject({ imported: 0, skipped: 20 });
    const updated = await request.post("/v1/leads/import/csv", {
      headers: { "X-Api-Key": key },
      multipart: csvForm([
        ["file", file],
        ["skipDuplicates", "false"],
      ]),
    });
    expect((await updated.json()).data).toMatchObject({
      imported: 0,
      updated: 20,
      skipped: 0,
      failed: 0,
    });
  });

  test("accepts 50,000 rows and refuses 50,001 with nothing written", async ({ request }) => {
    test.setTimeout(120_000);
    const { key, workspaceId } = await createE2EWorkspace();
    const refused = await request.post("/v1/leads/import/csv", {
      headers: { "X-Api-Key": key },
      multipart: csvForm([["file", { name: "big.csv", content: leadsCsv(50_001) }]]),
    });
    expect(refused.status()).toBe(400);
    expect((await refused.json()).error.message).toBe("Maximum 50,000 leads per CSV file");
    expect(await countLeads(workspaceId)).toBe(0);
    const accepted = await request.post("/v1/leads/import/csv", {
      headers: { "X-Api-Key": key },
      multipart: csvForm([["file", { name: "big.csv", content: leadsCsv(50_000) }]]),
      timeout: 60_000,
    });
    expect(accepted.status()).toBe(200);
    expect((await accepted.json()).data.imported).toBe(50_000);
    expect(await countLeads(workspaceId)).toBe(50_000);
  });

  test("refuses 50 MB + 1 byte with 413 and writes nothing", async ({ request }) => {
    test.setTimeout(120_000);
    const { key, workspaceId } = await createE2EWorkspace();
    const header = leadsCsv(10);
    const padding = "x".repeat(52_428_800 + 1 - Buffer.byteLength(header) - 2);
    const content = `${header}"${padding}"`.slice(0, 52_428_801);
    expect(Buffer.byteLength(content)).toBe(52_428_801);
    const response = await request.post("/v1/leads/import/csv", {
      headers: { "X-Api-Key": key },
      multipart: csvForm([["file", { name: "huge.csv", content }]]),
      timeout: 60_000,
    });
    expect(response.status()).toBe(413);
    expect((await response.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(await countLeads(workspaceId)).toBe(0);
  });

  test("answers 415 for a JSON body", async ({ request }) => {
    const { key } = await createE2EWorkspace();
    const response = await request.post("/v1/leads/import/csv", {
      headers: { "X-Api-Key": key },
      data: { file: "a" },
    });
    expect(response.status()).toBe(415);
  });
});

test.describe("POST /v1/campaigns/{id}/leads/import/csv", () => {
  test("answers 404 Campaign not found for an unknown campaign", async ({ request }) => {
    const { key } = await createE2EWorkspace();
    const response = await request.post("/v1/campaigns/nope/leads/import/csv", {
      headers: { "X-Api-Key": key },
      multipart: csvForm([["file", { name: "a.csv", content: leadsCsv(1) }]]),
    });
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({
      success: false,
      error: { code: "NOT_FOUND", message: "Campaign not found" },
    });
  });

  test("creates and reuses leads and adds them with the campaign's membership status", async ({
    request,
  }) => {
    const { key } = await createE2EWorkspace();
    const headers = { "X-Api-Key": key };
    const campaign = (
      await (
        await request.post("/v1/campaigns", { headers, data: { name: "Q3", status: "active" } })
      ).json()
    ).data;
    await request.post("/v1/leads/bulk", {
      headers,
      data: { leads: [{ email: "lead0@example.com" }] },
    });
    const csv = `${leadsCsv(3)}lead1@example.com,Again,,,,\nbad-email,,,,,\n`;
    const response = await request.post(`/v1/campaigns/${campaign.id}/leads/import/csv`, {
      headers,
      multipart: csvForm([["file", { name: "c.csv", content: csv }]]),
    });
    expect(response.status()).toBe(200);
    expect((await response.json()).data).toEqual({
      leads: { created: 2, existing: 2, failed: 1 },
      campaign: { added: 3, skipped: 1 },
      totalRows: 5,
      errors: [{ email: "bad-email", error: "Invalid email" }],
    });
    const members = (
      await (await request.get(`/v1/campaigns/${campaign.id}/leads`, { headers })).json()
    ).data.leads;
    expect(members).toHaveLength(3);
    expect(
      members.every((m: { membershipStatus: string }) => m.membershipStatus === "active"),
    ).toBe(true);
    for (const [multipart, message] of [
      [csvForm([["tag", "x"]]), "CSV file is required"],
      [csvForm([["file", { name: "e.csv", content: "" }]]), "CSV file is empty"],
      [csvForm([["file", { name: "n.csv", content: "Name\nJohn\n" }]]), "No email column detected"],
      [
        csvForm([["file", { name: "b.csv", content: leadsCsv(50_001) }]]),
        "Maximum 50,000 leads per CSV",
      ],
    ] as const) {
      const refused = await request.post(`/v1/campaigns/${campaign.id}/leads/import/csv`, {
        headers,
        multipart,
      });
      expect(refused.status(), message).toBe(400);
      expect((await refused.json()).error.message).toBe(message);
    }
  });
});

import { expect, test } from "@playwright/test";
import { countLeads } from "../support/api";
import { createE2EWorkspace } from "../support/workspace";

const CSV = "Email,First Name\nana@acme.com,Ana\n";

/** A multipart body written by hand, for shapes no form library produces. */
function multipartBody(
  boundary: string,
  parts: Array<{ name: string; file?: string; content: string }>,
) {
  const lines = parts.map((part) => {
    const disposition = part.file
      ? `form-data; name="${part.name}"; filename="${part.file}"\r\nContent-Type: text/csv`
      : `form-data; name="${part.name}"`;
    return `--${boundary}\r\nContent-Disposition: ${disposition}\r\n\r\n${part.content}\r\n`;
  });
  return `${lines.join("")}--${boundary}--\r\n`;
}

test("a multipart body without a boundary is a 400 on both CSV endpoints, not a 500", async ({
  request,
}) => {
  const { key } = await createE2EWorkspace();
  const campaign = await request.post("/v1/campaigns", {
    headers: { "X-Api-Key": key },
    data: { name: "Boundary" },
  });
  const campaignId = (await campaign.json()).data.id;
  for (const path of ["/v1/leads/import/csv", `/v1/campaigns/${campaignId}/leads/import/csv`]) {
    const response = await request.post(path, {
      headers: { "X-Api-Key": key, "content-type": "multipart/form-data" },
      data: multipartBody("x", [{ name: "file", file: "a.csv", content: CSV }]),
    });
    expect(response.status(), path).toBe(400);
    expect((await response.json()).error).toEqual({
      code: "VALIDATION_ERROR",
      message: "Malformed multipart body: the Content-Type header names no boundary",
    });
  }
});

test("an upload with two file parts is refused and writes nothing", async ({ request }) => {
  const { key, workspaceId } = await createE2EWorkspace();
  const response = await request.post("/v1/leads/import/csv", {
    headers: { "X-Api-Key": key, "content-type": "multipart/form-data; boundary=x" },
    data: multipartBody("x", [
      { name: "file", file: "first.csv", content: CSV },
      { name: "file", file: "second.csv", content: "Email\nbo@acme.com\n" },
    ]),
  });
  expect(response.status()).toBe(400);
  expect((await response.json()).error.message).toBe('Send one file per upload: "file" came twice');
  expect(await countLeads(workspaceId)).toBe(0);
});

test("a mapping naming 600 KB of unknown columns gets a short error", async ({ request }) => {
  const { key } = await createE2EWorkspace();
  const mapping: Record<string, string> = { Email: "email" };
  for (let i = 0; i < 6_000; i++) mapping[`Unknown column ${i} ${"x".repeat(80)}`] = "skip";
  const mappingJson = JSON.stringify(mapping);
  expect(mappingJson.length).toBeGreaterThan(600_000);
  const response = await request.post("/v1/leads/import/csv", {
    headers: { "X-Api-Key": key },
    multipart: {
      file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) },
      mapping: mappingJson,
    },
  });
  expect(response.status()).toBe(400);
  const text = await response.text();
  expect(text.length).toBeLessThan(30_000);
  const { error } = JSON.parse(text);
  expect(error.message).toMatch(/^Mapping names columns not in the file: .* and 5,990 more$/);
  expect(error.details.unknownColumnCount).toBe(6_000);
  expect(error.details.unknownColumns).toHaveLength(100);
});

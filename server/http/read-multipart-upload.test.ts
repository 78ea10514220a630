import { describe, expect, it } from "vitest";
import { ServiceError } from "@/server/errors";
import { readMultipartUpload } from "./read-multipart-upload";

const OPTIONS = { fileField: "file", missingBodyMessage: "CSV file is required" };

function formRequest(parts: Array<[string, string | Blob, string?]>): Request {
  const form = new FormData();
  for (const [name, value, fileName] of parts) {
    if (typeof value === "string") form.append(name, value);
    else form.append(name, value, fileName);
  }
  return new Request("http://localhost/v1/leads/import/csv", { method: "POST", body: form });
}

const csv = (text: string) => new Blob([text], { type: "text/csv" });

describe("readMultipartUpload", () => {
  it("reads the file and the fields sent before or after it", async () => {
    const upload = await readMultipartUpload(
      formRequest([
        ["dryRun", "true"],
        ["file", csv("email\nana@acme.com\n"), "leads.csv"],
        ["tag", "webinar"],
      ]),
      OPTIONS,
    );
    expect(upload.fields).toEqual({ dryRun: "true", tag: "webinar" });
    expect(upload.file?.name).toBe("leads.csv");
    expect(upload.file?.size).toBe(19);
    expect(Buffer.from(upload.file?.takeBytes() ?? []).toString()).toBe("email\nana@acme.com\n");
  });

  it("hands the bytes over once", async () => {
    const upload = await readMultipartUpload(formRequest([["file", csv("a"), "a.csv"]]), OPTIONS);
    upload.file?.takeBytes();
    expect(() => upload.file?.takeBytes()).toThrow(/already read/);
  });

  it("hashes the same file and fields alike, whatever the field order, and another file not", async () => {
    const hashOf = async (parts: Array<[string, string | Blob, string?]>) =>
      (await readMultipartUpload(formRequest(parts), OPTIONS)).hash;
    const first = await hashOf([
      ["tag", "x"],
      ["file", csv("email\na@b.co\n"), "a.csv"],
    ]);
    const reordered = await hashOf([
      ["file", csv("email\na@b.co\n"), "a.csv"],
      ["tag", "x"],
    ]);
    const other = await hashOf([
      ["tag", "x"],
      ["file", csv("email\nc@d.co\n"), "a.csv"],
    ]);
    expect(reordered).toBe(first);
    expect(other).not.toBe(first);
  });

  it("refuses a file over the limit with 413 while it streams", async () => {
    const request = formRequest([["file", csv("x".repeat(5_000)), "big.csv"]]);
    const error = await readMultipartUpload(request, { ...OPTIONS, maxFileBytes: 4_096 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe("PAYLOAD_TOO_LARGE");
  });
});

import { readdirSync, readlinkSync } from "node:fs";
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

/** Where this process's open spool files point: "… (deleted)" once unlinked. */
function openSpoolFiles(): string[] {
  return readdirSync("/proc/self/fd")
    .map((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return "";
      }
    })
    .filter((target) => target.includes("leadport-upload-"));
}

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
    expect(Buffer.from(upload.file?.read(0, 19) ?? []).toString()).toBe("email\nana@acme.com\n");
    expect(Buffer.from(upload.file?.read(6, 9) ?? []).toString()).toBe("ana");
    upload.file?.close();
  });

  it("keeps the file only as an open, already deleted temporary file until it is closed", async () => {
    const upload = await readMultipartUpload(formRequest([["file", csv("a,b"), "a.csv"]]), OPTIONS);
    const spooled = openSpoolFiles();
    expect(spooled).toHaveLength(1);
    expect(spooled[0]).toMatch(/ \(deleted\)$/);
    upload.file?.close();
    expect(openSpoolFiles()).toEqual([]);
    expect(() => upload.file?.read(0, 1)).toThrow(/already closed/);
  });

  it("hashes the same file and fields alike, whatever the field order, and another file not", async () => {
    const hashOf = async (parts: Array<[string, string | Blob, string?]>) => {
      const upload = await readMultipartUpload(formRequest(parts), OPTIONS);
      upload.file?.close();
      return upload.hash;
    };
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
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openSpoolFiles()).toEqual([]);
  });

  it("closes the half-written file when the client goes away mid-upload", async () => {
    const head =
      '--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nemail\n';
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls += 1;
        if (pulls === 1) controller.enqueue(new TextEncoder().encode(head));
        else if (pulls < 5) controller.enqueue(new TextEncoder().encode("a@b.co\n".repeat(1000)));
        else controller.error(new Error("connection reset"));
      },
    });
    const request = new Request("http://localhost/v1/leads/import/csv", {
      method: "POST",
      body,
      headers: { "content-type": "multipart/form-data; boundary=b" },
      duplex: "half",
    } as RequestInit);
    await expect(readMultipartUpload(request, OPTIONS)).rejects.toThrow("connection reset");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openSpoolFiles()).toEqual([]);
  });

  it("spools no file that comes after a refused field, even in the same chunk", async () => {
    const body = [
      '--b\r\nContent-Disposition: form-data; name="tag"\r\n\r\n',
      `${"x".repeat(1024 * 1024 + 10)}\r\n`,
      '--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nemail\n\r\n',
      "--b--\r\n",
    ].join("");
    const request = new Request("http://localhost/v1/leads/import/csv", {
      method: "POST",
      body: new TextEncoder().encode(body),
      headers: { "content-type": "multipart/form-data; boundary=b" },
    });
    await expect(readMultipartUpload(request, OPTIONS)).rejects.toThrow("larger than 1 MB");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openSpoolFiles()).toEqual([]);
  });

  it("refuses a Content-Type without a boundary with 400, not a crash", async () => {
    const request = new Request("http://localhost/v1/leads/import/csv", {
      method: "POST",
      body: "email\na@b.co\n",
      headers: { "content-type": "multipart/form-data" },
    });
    const error = await readMultipartUpload(request, OPTIONS).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe("VALIDATION_ERROR");
    expect((error as ServiceError).message).toBe(
      "Malformed multipart body: the Content-Type header names no boundary",
    );
  });

  it("refuses an upload with two file parts rather than reading one of them", async () => {
    const request = formRequest([
      ["file", csv("email\nfirst@a.co\n"), "first.csv"],
      ["file", csv("email\nsecond@b.co\n"), "second.csv"],
    ]);
    const error = await readMultipartUpload(request, OPTIONS).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).message).toBe('Send one file per upload: "file" came twice');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openSpoolFiles()).toEqual([]);
  });
});

import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import busboy from "busboy";
import { formatLimit, formatMegabytes, MAX_FORM_FIELD_BYTES, MAX_UPLOAD_BYTES } from "@/lib/limits";
import { ServiceError } from "@/server/errors";
import { UploadedFile } from "./uploaded-file";

export interface MultipartUpload {
  fields: Record<string, string>;
  file: UploadedFile | null;
  /** SHA-256 over the file and the fields, for Idempotency-Key comparison. */
  hash: string;
}

/**
 * Streams a multipart body through busboy (never `request.formData()`, which buffers it all).
 * The file part is spooled to a temporary file (see UploadedFile), counted as it arrives and
 * refused with 413 the moment it passes the limit; text fields may come before or after it. The
 * caller closes the file.
 */
export async function readMultipartUpload(
  request: Request,
  options: { fileField: string; missingBodyMessage: string; maxFileBytes?: number },
): Promise<MultipartUpload> {
  const maxFileBytes = options.maxFileBytes ?? MAX_UPLOAD_BYTES;
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(contentType)) {
    throw new ServiceError("UNSUPPORTED_MEDIA_TYPE", options.missingBodyMessage);
  }
  if (!request.body) throw new ServiceError("VALIDATION_ERROR", options.missingBodyMessage);

  const parser = createParser(contentType, maxFileBytes);
  const source = Readable.fromWeb(request.body as unknown as NodeWebStream<Uint8Array>);
  return new Promise<MultipartUpload>((resolve, reject) => {
    const fields: Record<string, string> = {};
    let fileStream: Readable | undefined;
    let spooled: Promise<UploadedFile> | undefined;
    const fileHash = createHash("sha256");
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      source.unpipe(parser);
      // The rest of the body is read and dropped: Next.js throws (uncaught) when a request body
      // is cancelled while it still has data coming.
      source.resume();
      fileStream?.destroy();
      spooled?.then(
        (file) => file.close(),
        () => {},
      );
      reject(error);
    };

    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) {
        const limit = formatMegabytes(MAX_FORM_FIELD_BYTES);
        fail(new ServiceError("PAYLOAD_TOO_LARGE", `Form field "${name}" is larger than ${limit}`));
        return;
      }
      fields[name] ??= value;
    });
    parser.on("file", (name, stream, info) => {
      if (name === options.fileField && spooled && !settled) {
        fail(
          new ServiceError("VALIDATION_ERROR", `Send one file per upload: "${name}" came twice`),
        );
      }
      // busboy goes on with the chunk it is in after a failure: nothing more is spooled then.
      if (settled || name !== options.fileField || spooled) {
        stream.resume();
        return;
      }
      fileStream = stream;
      spooled = UploadedFile.spool(info.filename ?? "upload.csv", stream, fileHash);
      spooled.catch(fail);
      stream.on("limit", () => {
        fail(
          new ServiceError(
            "PAYLOAD_TOO_LARGE",
            `CSV file is larger than ${formatMegabytes(MAX_UPLOAD_BYTES)} (${formatLimit(maxFileBytes)} bytes)`,
          ),
        );
      });
    });
    parser.on("error", (error) =>
      fail(
        new ServiceError(
          "VALIDATION_ERROR",
          `Malformed multipart body: ${(error as Error).message}`,
        ),
      ),
    );
    parser.on("close", async () => {
      if (settled) return;
      const file = spooled ? await spooled.catch(() => null) : null;
      if (settled) {
        file?.close();
        return;
      }
      settled = true;
      resolve({ fields, file, hash: hashUpload(fields, file ? fileHash.digest("hex") : null) });
    });
    source.on("error", fail);
    source.pipe(parser);
  });
}

/** busboy refuses a multipart Content-Type without a boundary as it is built, before any byte. */
function createParser(contentType: string, maxFileBytes: number): busboy.Busboy {
  try {
    return busboy({
      headers: { "content-type": contentType },
      limits: { fileSize: maxFileBytes, fieldSize: MAX_FORM_FIELD_BYTES, fields: 50, files: 5 },
    });
  } catch {
    throw new ServiceError(
      "VALIDATION_ERROR",
      "Malformed multipart body: the Content-Type header names no boundary",
    );
  }
}

/** The file is hashed as it streams in; this combines its digest with the text fields. */
function hashUpload(fields: Record<string, string>, fileDigest: string | null): string {
  const hash = createHash("sha256");
  for (const name of Object.keys(fields).sort()) hash.update(`${name}=${fields[name]}\n`);
  if (fileDigest) hash.update(`file=${fileDigest}`);
  return hash.digest("hex");
}

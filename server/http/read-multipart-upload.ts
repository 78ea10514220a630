import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import busboy from "busboy";
import { ServiceError } from "@/server/errors";
import { UploadBuffer } from "./upload-buffer";

/** Seeds' README: "50 MB means 52,428,800 bytes". */
export const MAX_CSV_BYTES = 52_428_800;
const MAX_FIELD_BYTES = 1024 * 1024;

/**
 * An uploaded file whose bytes are handed over once: the reader that decodes them is then their
 * only holder, so a 50 MB upload can be freed as soon as it is parsed rather than when the request
 * ends.
 */
export class UploadedFile {
  readonly size: number;
  #bytes: Uint8Array | null;

  constructor(
    readonly name: string,
    bytes: Uint8Array,
  ) {
    this.size = bytes.byteLength;
    this.#bytes = bytes;
  }

  takeBytes(): Uint8Array {
    const bytes = this.#bytes;
    if (!bytes) throw new Error(`The upload "${this.name}" was already read`);
    this.#bytes = null;
    return bytes;
  }
}

export interface MultipartUpload {
  fields: Record<string, string>;
  file: UploadedFile | null;
  /** SHA-256 over the file and the fields, for Idempotency-Key comparison. */
  hash: string;
}

/**
 * Streams a multipart body through busboy (never `request.formData()`, which buffers it all).
 * The file part is counted as it arrives and refused with 413 the moment it passes the limit;
 * text fields may come before or after it.
 */
export async function readMultipartUpload(
  request: Request,
  options: { fileField: string; missingBodyMessage: string; maxFileBytes?: number },
): Promise<MultipartUpload> {
  const maxFileBytes = options.maxFileBytes ?? MAX_CSV_BYTES;
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(contentType)) {
    throw new ServiceError("UNSUPPORTED_MEDIA_TYPE", options.missingBodyMessage);
  }
  if (!request.body) throw new ServiceError("VALIDATION_ERROR", options.missingBodyMessage);

  const parser = busboy({
    headers: { "content-type": contentType },
    limits: { fileSize: maxFileBytes, fieldSize: MAX_FIELD_BYTES, fields: 50, files: 5 },
  });
  const source = Readable.fromWeb(request.body as unknown as NodeWebStream<Uint8Array>);
  return new Promise<MultipartUpload>((resolve, reject) => {
    const fields: Record<string, string> = {};
    let file: UploadedFile | null = null;
    const fileHash = createHash("sha256");
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      source.unpipe(parser);
      source.destroy();
      reject(error);
    };

    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) {
        fail(new ServiceError("PAYLOAD_TOO_LARGE", `Form field "${name}" is larger than 1 MB`));
        return;
      }
      fields[name] ??= value;
    });
    parser.on("file", (name, stream, info) => {
      if (name !== options.fileField || file) {
        stream.resume();
        return;
      }
      const sink = new UploadBuffer(
        Number(request.headers.get("content-length")) || 0,
        maxFileBytes,
      );
      stream.on("data", (chunk: Buffer) => {
        sink.append(chunk);
        fileHash.update(chunk);
      });
      stream.on("limit", () => {
        fail(
          new ServiceError(
            "PAYLOAD_TOO_LARGE",
            `CSV file is larger than 50 MB (${maxFileBytes.toLocaleString("en-US")} bytes)`,
          ),
        );
      });
      stream.on("end", () => {
        if (!settled) file = new UploadedFile(info.filename ?? "upload.csv", sink.bytes());
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
    parser.on("close", () => {
      if (settled) return;
      settled = true;
      resolve({ fields, file, hash: hashUpload(fields, file ? fileHash.digest("hex") : null) });
    });
    source.on("error", fail);
    source.pipe(parser);
  });
}

/** The file is hashed as it streams in; this combines its digest with the text fields. */
function hashUpload(fields: Record<string, string>, fileDigest: string | null): string {
  const hash = createHash("sha256");
  for (const name of Object.keys(fields).sort()) hash.update(`${name}=${fields[name]}\n`);
  if (fileDigest) hash.update(`file=${fileDigest}`);
  return hash.digest("hex");
}

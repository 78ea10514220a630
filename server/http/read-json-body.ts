import { createHash } from "node:crypto";
import type { z } from "zod";
import { formatMegabytes, MAX_JSON_BODY_BYTES } from "@/lib/limits";
import { fromZodError, ServiceError } from "@/server/errors";
import { declaresMoreThan, limitRequestBody } from "./limit-request-body";

export interface JsonBody<T> {
  data: T;
  /** SHA-256 of the raw body, for Idempotency-Key comparison. */
  hash: string;
}

/** The body as text, refused with 413 before reading when declared too large, else as it streams. */
async function readLimited(request: Request, limit: number): Promise<string> {
  if (declaresMoreThan(request, limit)) throw tooLarge(limit);
  return limitRequestBody(request, limit, () => tooLarge(limit)).text();
}

function tooLarge(limit: number): ServiceError {
  return new ServiceError(
    "PAYLOAD_TOO_LARGE",
    `Request body is larger than ${formatMegabytes(limit)}`,
  );
}

/**
 * Reads, parses and validates a JSON body: 415 for another content type, 422 for bad JSON.
 * `isOptional`: a request with no body at all reads as `{}` (a POST whose options all default).
 */
export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  { isOptional = false }: { isOptional?: boolean } = {},
): Promise<JsonBody<z.infer<S>>> {
  const contentType = request.headers.get("content-type") ?? "";
  const notJson = () =>
    new ServiceError("UNSUPPORTED_MEDIA_TYPE", "Content-Type must be application/json");
  let raw: string;
  if (isOptional && contentType === "") {
    // Any byte of a body without a type is refused before more is read.
    await limitRequestBody(request, 0, notJson).text();
    raw = "{}";
  } else if (/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) {
    raw = await readLimited(request, MAX_JSON_BODY_BYTES);
  } else {
    throw notJson();
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new ServiceError("INVALID_BODY", `Malformed JSON body: ${(error as Error).message}`);
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw fromZodError("INVALID_BODY", "Invalid request body", result.error);
  return { data: result.data, hash: createHash("sha256").update(raw).digest("hex") };
}

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MAX_JSON_BODY_BYTES } from "@/lib/limits";
import { ServiceError } from "@/server/errors";
import { readJsonBody } from "./read-json-body";

const schema = z.object({ leads: z.array(z.unknown()) });

function jsonRequest(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request("http://leadport.test/v1/leads/bulk", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
    duplex: "half",
  } as RequestInit);
}

/** A body that streams `total` bytes of a JSON string in 64 KB pieces, counting what was read. */
function streamedBody(total: number) {
  const piece = new Uint8Array(64 * 1024).fill(0x61);
  const stream = { pulled: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stream.pulled >= total) return controller.close();
      stream.pulled += piece.length;
      controller.enqueue(piece);
    },
  });
  return { body, stream };
}

async function refusal(request: Request) {
  const error = await readJsonBody(request, schema).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
}

describe("readJsonBody", () => {
  it("refuses a body that declares more than the limit without reading it", async () => {
    const { body, stream } = streamedBody(MAX_JSON_BODY_BYTES * 2);
    const request = jsonRequest(body, { "content-length": String(MAX_JSON_BODY_BYTES * 2) });
    const error = await refusal(request);
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(error.message).toBe("Request body is larger than 16 MB");
    expect(stream.pulled).toBeLessThanOrEqual(64 * 1024);
  });

  it("stops reading a body without a declared length once it passes the limit", async () => {
    const { body, stream } = streamedBody(MAX_JSON_BODY_BYTES * 4);
    const error = await refusal(jsonRequest(body));
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(stream.pulled).toBeLessThan(MAX_JSON_BODY_BYTES + 1024 * 1024);
  });

  it("reads a body within the limit and hashes it", async () => {
    const { data, hash } = await readJsonBody(jsonRequest('{"leads":[1]}'), schema);
    expect(data).toEqual({ leads: [1] });
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("answers a body of the wrong shape with 422 naming the first problem", async () => {
    const error = await refusal(jsonRequest('{"leads":"x"}'));
    expect(error.code).toBe("INVALID_BODY");
    expect(error.message).toBe(
      "Invalid request body: leads: Invalid input: expected array, received string",
    );
    expect(error.details).toEqual([
      { path: "leads", message: "Invalid input: expected array, received string" },
    ]);
  });
});

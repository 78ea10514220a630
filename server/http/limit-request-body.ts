/**
 * The request with its body cut off at `limit` bytes: reading past the limit fails with
 * `tooLarge()`, so whatever reads it (JSON parsing, tRPC) never holds more than `limit` bytes.
 */
export function limitRequestBody(request: Request, limit: number, tooLarge: () => Error): Request {
  if (!request.body) return request;
  let size = 0;
  const body = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > limit) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
    duplex: "half",
  } as RequestInit);
}

/** The body's declared size is already past the limit: refuse before reading a byte. */
export function declaresMoreThan(request: Request, limit: number): boolean {
  return Number(request.headers.get("content-length") ?? "0") > limit;
}

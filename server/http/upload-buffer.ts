/**
 * Collects a streamed file into one buffer. Sized from the request's Content-Length when it has
 * one, so a 50 MB upload is held once rather than as chunks plus their concatenation; without it
 * the buffer doubles as needed. Pages of an unused tail are never touched, so they cost no memory.
 */
export class UploadBuffer {
  private buffer: Buffer;
  private length = 0;

  constructor(
    sizeHint: number,
    private readonly maxBytes: number,
  ) {
    this.buffer = Buffer.allocUnsafeSlow(Math.min(Math.max(sizeHint, 64 * 1024), maxBytes));
  }

  append(chunk: Buffer) {
    const needed = this.length + chunk.length;
    if (needed > this.buffer.length) {
      const grown = Buffer.allocUnsafeSlow(
        Math.min(this.maxBytes, Math.max(needed, this.buffer.length * 2)),
      );
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    chunk.copy(this.buffer, this.length);
    this.length = needed;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

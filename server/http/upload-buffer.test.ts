import { describe, expect, it } from "vitest";
import { UploadBuffer } from "./upload-buffer";

function chunks(count: number, size: number): Buffer[] {
  return Array.from({ length: count }, (_, index) => Buffer.alloc(size, index % 251));
}

describe("UploadBuffer", () => {
  it("holds the chunks in order within the size hint", () => {
    const sink = new UploadBuffer(300_000, 1_000_000);
    const parts = chunks(4, 65_536);
    for (const part of parts) sink.append(part);
    expect(Buffer.from(sink.bytes()).equals(Buffer.concat(parts))).toBe(true);
  });

  it("grows past a missing or wrong size hint up to the limit", () => {
    const sink = new UploadBuffer(0, 1_000_000);
    const parts = chunks(15, 65_536);
    for (const part of parts) sink.append(part);
    expect(sink.bytes().byteLength).toBe(15 * 65_536);
    expect(Buffer.from(sink.bytes()).equals(Buffer.concat(parts))).toBe(true);
  });

  it("answers an empty file as zero bytes", () => {
    expect(new UploadBuffer(10, 100).bytes().byteLength).toBe(0);
  });
});

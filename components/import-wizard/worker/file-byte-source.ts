import { type ByteSource, memoryBytes } from "@/lib/csv/byte-source";

interface SyncReader {
  readAsArrayBuffer(blob: Blob): ArrayBuffer;
}

/** Only dedicated workers have it (the DOM typings do not list it). */
const FileReaderSync = (globalThis as { FileReaderSync?: new () => SyncReader }).FileReaderSync;

/** Bytes read from the file at once: the parser asks for less, often for the same bytes again. */
const READ_BYTES = 1 << 20;

/**
 * A dropped file's bytes, read from the file a slice at a time as the parser asks for them: the
 * worker never holds the whole file (a million rows are hundreds of megabytes). Where the
 * synchronous reader is missing (tests in Node), the file is read into memory once.
 */
export async function fileByteSource(file: Blob): Promise<ByteSource> {
  if (!FileReaderSync) return memoryBytes(new Uint8Array(await file.arrayBuffer()));
  const reader = new FileReaderSync();
  let cached = { start: 0, bytes: new Uint8Array(0) };
  return {
    length: file.size,
    read(start, end) {
      const cachedEnd = cached.start + cached.bytes.length;
      if (start < cached.start || end > cachedEnd) {
        const readEnd = Math.min(file.size, Math.max(end, start + READ_BYTES));
        const buffer = reader.readAsArrayBuffer(file.slice(start, readEnd));
        cached = { start, bytes: new Uint8Array(buffer) };
      }
      return cached.bytes.subarray(start - cached.start, end - cached.start);
    },
  };
}

/** Bytes read by range: an upload spooled to disk on the server, an array in memory elsewhere. */
export interface ByteSource {
  readonly length: number;
  /** Bytes [start, end); the caller keeps them no longer than it needs them. */
  read(start: number, end: number): Uint8Array;
}

export function memoryBytes(bytes: Uint8Array): ByteSource {
  return { length: bytes.length, read: (start, end) => bytes.subarray(start, end) };
}

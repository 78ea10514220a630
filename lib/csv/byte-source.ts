/** Bytes read by range: an upload spooled to disk on the server, an array in memory elsewhere. */
export interface ByteSource {
  readonly length: number;
  /** Bytes [start, end); the caller keeps them no longer than it needs them. */
  read(start: number, end: number): Uint8Array;
}

/** A file's bytes and the name it came under (an upload, whatever the transport). */
export interface FileBytes extends ByteSource {
  readonly name: string;
}

export function memoryBytes(bytes: Uint8Array): ByteSource {
  return { length: bytes.length, read: (start, end) => bytes.subarray(start, end) };
}

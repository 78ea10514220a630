import type { ByteSource } from "@/lib/csv/byte-source";
import { CsvFormatError } from "@/lib/csv/csv-format-error";

/** One file of a zip archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when the entry is read. */
  method: number;
  isEncrypted: boolean;
  compressedSize: number;
  /** What the archive declares the entry unpacks to; reading never produces more. */
  size: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_BYTES = 22;
/** The end record's comment is at most 65,535 bytes. */
const MAX_END_SEARCH = END_RECORD_BYTES + 0xffff;
const ZIP64_EXTRA = 0x0001;
const U32_MAX = 0xffffffff;

export const DAMAGED_ZIP_MESSAGE =
  "The file looks like a zip archive (an .xlsx workbook is one) but it is damaged or cut short";

/** A zip archive starts with a local file header, or is an empty archive's end record alone. */
export function hasZipSignature(head: Uint8Array): boolean {
  return (
    head.length >= 4 &&
    head[0] === 0x50 &&
    head[1] === 0x4b &&
    ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6))
  );
}

function damaged(): never {
  throw new CsvFormatError(DAMAGED_ZIP_MESSAGE);
}

class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u16(at: number): number {
    if (at + 2 > this.bytes.length) damaged();
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    if (at + 4 > this.bytes.length) damaged();
    return this.view.getUint32(at, true);
  }
  u64(at: number): number {
    const low = this.u32(at);
    const high = this.u32(at + 4);
    if (high > 0x1fffff) damaged();
    return high * 2 ** 32 + low;
  }
}

function findEndRecord(source: ByteSource): { bytes: Uint8Array; at: number; start: number } {
  const start = Math.max(0, source.length - MAX_END_SEARCH);
  const bytes = source.read(start, source.length);
  const reader = new Reader(bytes);
  for (let at = bytes.length - END_RECORD_BYTES; at >= 0; at -= 1) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && reader.u32(at) === END_OF_DIRECTORY) {
      return { bytes, at, start };
    }
  }
  return damaged();
}

/** Where the central directory is and how many entries it holds, ZIP64 included. */
function directoryLocation(source: ByteSource) {
  const end = findEndRecord(source);
  const reader = new Reader(end.bytes);
  let count = reader.u16(end.at + 10);
  let size = reader.u32(end.at + 12);
  let offset = reader.u32(end.at + 16);
  if (count === 0xffff || size === U32_MAX || offset === U32_MAX) {
    const locatorAt = end.at - 20;
    if (locatorAt < 0 || reader.u32(locatorAt) !== ZIP64_END_LOCATOR) damaged();
    const recordOffset = reader.u64(locatorAt + 8);
    const record = new Reader(
      source.read(recordOffset, Math.min(source.length, recordOffset + 56)),
    );
    if (record.u32(0) !== ZIP64_END_OF_DIRECTORY) damaged();
    count = record.u64(32);
    size = record.u64(40);
    offset = record.u64(48);
  }
  if (offset + size > source.length) damaged();
  return { count, size, offset };
}

/** ZIP64's extended sizes and offset, present for each field whose 32-bit value is all ones. */
function applyZip64Extra(reader: Reader, from: number, to: number, entry: ZipEntry): void {
  for (let at = from; at + 4 <= to; ) {
    const id = reader.u16(at);
    const length = reader.u16(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      if (entry.size === U32_MAX) {
        entry.size = reader.u64(field);
        field += 8;
      }
      if (entry.compressedSize === U32_MAX) {
        entry.compressedSize = reader.u64(field);
        field += 8;
      }
      if (entry.localHeaderOffset === U32_MAX) entry.localHeaderOffset = reader.u64(field);
      return;
    }
    at += 4 + length;
  }
}

/** Part names compare without regard to case, and some writers use backslashes (OPC, §9.1.1). */
export function normalizePartName(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

/**
 * The entries of a zip archive, read from its central directory at the end of the file: names and
 * declared sizes are known before a single byte is inflated. Throws CsvFormatError when the
 * archive is damaged.
 */
export function readZipDirectory(source: ByteSource): Map<string, ZipEntry> {
  const { count, size, offset } = directoryLocation(source);
  const reader = new Reader(source.read(offset, offset + size));
  const decoder = new TextDecoder("utf-8");
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let index = 0; index < count; index += 1) {
    if (reader.u32(at) !== DIRECTORY_ENTRY) damaged();
    const nameLength = reader.u16(at + 28);
    const extraLength = reader.u16(at + 30);
    const commentLength = reader.u16(at + 32);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength > reader.bytes.length) damaged();
    const entry: ZipEntry = {
      name: decoder.decode(reader.bytes.subarray(nameStart, nameStart + nameLength)),
      method: reader.u16(at + 10),
      isEncrypted: (reader.u16(at + 8) & 1) === 1,
      compressedSize: reader.u32(at + 20),
      size: reader.u32(at + 24),
      localHeaderOffset: reader.u32(at + 42),
    };
    const extraStart = nameStart + nameLength;
    applyZip64Extra(reader, extraStart, extraStart + extraLength, entry);
    entries.set(normalizePartName(entry.name), entry);
    at = extraStart + extraLength + commentLength;
  }
  return entries;
}

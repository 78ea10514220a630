import { Inflate } from "fflate";
import type { ByteSource } from "@/lib/csv/byte-source";
import { CsvFormatError } from "@/lib/csv/csv-format-error";
import { DAMAGED_ZIP_MESSAGE, type ZipEntry } from "./zip-directory";

const LOCAL_HEADER = 0x04034b50;
const LOCAL_HEADER_BYTES = 30;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes read and inflated at a time. */
const READ_BYTES = 1 << 16;

function damaged(): never {
  throw new CsvFormatError(DAMAGED_ZIP_MESSAGE);
}

function dataStart(source: ByteSource, entry: ZipEntry): number {
  const at = entry.localHeaderOffset;
  const header = source.read(at, Math.min(source.length, at + LOCAL_HEADER_BYTES));
  if (header.length < LOCAL_HEADER_BYTES) damaged();
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (view.getUint32(0, true) !== LOCAL_HEADER) damaged();
  const start = at + LOCAL_HEADER_BYTES + view.getUint16(26, true) + view.getUint16(28, true);
  if (start + entry.compressedSize > source.length) damaged();
  return start;
}

/**
 * The bytes an entry unpacks to, in pieces as they are inflated: a part is never held whole.
 * Inflating stops with CsvFormatError the moment the output passes the size the archive declared,
 * so the checks made on declared sizes hold whatever the compressed data really says.
 */
export function* entryBytes(source: ByteSource, entry: ZipEntry): Generator<Uint8Array> {
  if (entry.isEncrypted) {
    throw new CsvFormatError("The workbook is encrypted; save it without a password and try again");
  }
  if (entry.method !== STORED && entry.method !== DEFLATED) {
    throw new CsvFormatError(
      `The workbook uses a compression this reader does not support (method ${entry.method}); save it again from Excel or LibreOffice`,
    );
  }
  const start = dataStart(source, entry);
  const end = start + entry.compressedSize;
  if (entry.method === STORED) {
    if (entry.compressedSize !== entry.size) damaged();
    for (let at = start; at < end; at += READ_BYTES)
      yield source.read(at, Math.min(end, at + READ_BYTES));
    return;
  }
  if (entry.size === 0) return;
  let produced = 0;
  let output: Uint8Array[] = [];
  let isDone = false;
  const inflate = new Inflate((data, final) => {
    produced += data.length;
    if (produced > entry.size) damaged();
    output.push(data);
    isDone ||= final;
  });
  for (let at = start; at < end; at += READ_BYTES) {
    const next = Math.min(end, at + READ_BYTES);
    try {
      inflate.push(source.read(at, next), next === end);
    } catch (error) {
      if (error instanceof CsvFormatError) throw error;
      damaged();
    }
    const ready = output;
    output = [];
    yield* ready;
  }
  if (!isDone || produced !== entry.size) damaged();
}

/** A whole small part (relationships, the workbook, styles) as text. */
export function entryText(source: ByteSource, entry: ZipEntry): string {
  const decoder = new TextDecoder("utf-8");
  let text = "";
  for (const bytes of entryBytes(source, entry)) text += decoder.decode(bytes, { stream: true });
  return text + decoder.decode();
}

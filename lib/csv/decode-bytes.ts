import { type ByteSource, memoryBytes } from "./byte-source";
import { decodeWindows1252 } from "./decode-windows-1252";

export type CsvEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

export type DecodedText = { text: string; encoding: CsvEncoding };

/** Enough pairs to tell UTF-16 from text with a stray NUL, small enough to stay instant. */
const UTF16_SNIFF_BYTES = 4096;
/** Bytes checked at a time: the text decoded on the way stays small enough to be young garbage. */
const UTF8_CHECK_BYTES = 1 << 16;

export function detectEncoding(input: Uint8Array | ByteSource): CsvEncoding {
  const source = input instanceof Uint8Array ? memoryBytes(input) : input;
  const head = source.read(0, Math.min(source.length, UTF16_SNIFF_BYTES));
  const marked = detectByBom(head) ?? detectUtf16WithoutBom(head);
  if (marked) return marked;
  return isValidUtf8(source) ? "utf-8" : "windows-1252";
}

/** Whether the bytes are well-formed UTF-8, without holding their text. */
export function isValidUtf8(source: ByteSource): boolean {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for (let start = 0; start < source.length; start += UTF8_CHECK_BYTES) {
      const end = Math.min(source.length, start + UTF8_CHECK_BYTES);
      decoder.decode(source.read(start, end), { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/** Bytes of a byte order mark for `encoding` at the start of `head`: what decoding drops. */
export function bomLength(head: Uint8Array, encoding: CsvEncoding): number {
  const mark = markAt(head);
  const marked = encoding === "utf-8" ? "utf-8-bom" : encoding;
  return mark?.encoding === marked ? mark.bytes.length : 0;
}

/** Decodes with the detected encoding, or with `encoding` when the user forces one; drops the BOM. */
export function decodeBytes(bytes: Uint8Array, encoding?: CsvEncoding): DecodedText {
  const chosen = encoding ?? detectByBom(bytes) ?? detectUtf16WithoutBom(bytes);
  if (chosen) return { text: stripBom(decodeAs(bytes, chosen)), encoding: chosen };
  // The validity check already decoded the text; a 50 MB file should not be decoded twice.
  const utf8 = tryDecodeUtf8(bytes);
  if (utf8 !== undefined) return { text: stripBom(utf8), encoding: "utf-8" };
  return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
}

/** The bytes' text, a byte order mark included. */
export function decodeAs(bytes: Uint8Array, encoding: CsvEncoding): string {
  switch (encoding) {
    case "utf-8":
    case "utf-8-bom":
      return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    case "utf-16le":
    case "utf-16be":
      return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
    case "windows-1252":
      return decodeWindows1252(bytes);
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const BYTE_ORDER_MARKS: ReadonlyArray<{ encoding: CsvEncoding; bytes: readonly number[] }> = [
  { encoding: "utf-8-bom", bytes: [0xef, 0xbb, 0xbf] },
  { encoding: "utf-16le", bytes: [0xff, 0xfe] },
  { encoding: "utf-16be", bytes: [0xfe, 0xff] },
];

function markAt(head: Uint8Array) {
  return BYTE_ORDER_MARKS.find((mark) => mark.bytes.every((byte, at) => head[at] === byte));
}

function detectByBom(bytes: Uint8Array): CsvEncoding | undefined {
  return markAt(bytes)?.encoding;
}

/**
 * Excel's "Unicode text" always carries a BOM, but other tools write UTF-16 without one. Text that
 * is mostly Latin puts a NUL in every other byte; binary data has NULs in both positions.
 */
function detectUtf16WithoutBom(bytes: Uint8Array): CsvEncoding | undefined {
  const pairs = Math.floor(Math.min(bytes.length, UTF16_SNIFF_BYTES) / 2);
  if (pairs < 2) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let pair = 0; pair < pairs; pair += 1) {
    if (bytes[pair * 2] === 0) evenNuls += 1;
    if (bytes[pair * 2 + 1] === 0) oddNuls += 1;
  }
  const isMostly = (count: number) => count >= pairs * 0.3;
  const isRare = (count: number) => count <= pairs * 0.02;
  if (isMostly(oddNuls) && isRare(evenNuls)) return "utf-16le";
  if (isMostly(evenNuls) && isRare(oddNuls)) return "utf-16be";
  return undefined;
}

function tryDecodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

import type { ByteSource } from "./byte-source";
import { bomLength, type CsvEncoding, decodeAs, detectEncoding, isValidUtf8 } from "./decode-bytes";

/** Text read by `CsvText.read`: units [start, end) of the source. */
export type TextSlice = { text: string; start: number; end: number };

/**
 * A CSV file's text, read a slice at a time. Offsets count the source's own units: characters of a
 * string, bytes of an encoded file (characters again for UTF-8 that is not UTF-8, decoded whole).
 * A large upload is then decoded piece by piece as it is parsed, never held as one string.
 */
export interface CsvText {
  /** Units in the whole text. */
  readonly length: number;
  /** At most this many units per UTF-16 character: how much to read for `n` characters. */
  readonly maxUnitsPerChar: number;
  /** Units [start, end), `end` moved back to a character boundary (never before `start`). */
  read(start: number, end: number): TextSlice;
  /** The offset of character `chars` of a slice `read` returned. */
  offsetOf(slice: TextSlice, chars: number): number;
}

export function stringText(text: string): CsvText {
  return {
    length: text.length,
    maxUnitsPerChar: 1,
    read: (start, end) => ({ text: text.slice(start, end), start, end }),
    offsetOf: (slice, chars) => slice.start + chars,
  };
}

/** The first `chars` characters (fewer when the text is shorter). */
export function headOf(text: CsvText, chars: number): string {
  const end = Math.min(text.length, chars * text.maxUnitsPerChar);
  return text.read(0, end).text.slice(0, chars);
}

/**
 * An encoded file's text, decoded slice by slice: with `encoding`, as given, otherwise as detected
 * (see detectEncoding). A byte order mark is not part of the text. UTF-8 (forced, or known by its
 * mark) whose bytes are not all UTF-8 is decoded whole: replacement characters stand for bytes no
 * slice could count.
 */
export function encodedText(
  source: ByteSource,
  encoding?: CsvEncoding,
): { text: CsvText; encoding: CsvEncoding } {
  const chosen = encoding ?? detectEncoding(source);
  const body = withoutBom(source, bomLength(source.read(0, Math.min(source.length, 3)), chosen));
  switch (chosen) {
    case "windows-1252":
      return { text: singleByteText(body), encoding: chosen };
    case "utf-16le":
    case "utf-16be":
      return { text: utf16Text(body, chosen), encoding: chosen };
    case "utf-8":
    case "utf-8-bom": {
      // Detection checked a file it calls "utf-8"; one it knows by its mark alone is checked here.
      const isChecked = encoding === undefined && chosen === "utf-8";
      const isValid = isChecked || isValidUtf8(body);
      const text = isValid
        ? utf8Text(body)
        : stringText(decodeAs(body.read(0, body.length), chosen));
      return { text, encoding: chosen };
    }
  }
}

function withoutBom(source: ByteSource, bom: number): ByteSource {
  if (bom === 0) return source;
  return {
    length: source.length - bom,
    read: (start, end) => source.read(start + bom, end + bom),
  };
}

function singleByteText(bytes: ByteSource): CsvText {
  return {
    length: bytes.length,
    maxUnitsPerChar: 1,
    read: (start, end) => ({
      text: decodeAs(bytes.read(start, end), "windows-1252"),
      start,
      end,
    }),
    offsetOf: (slice, chars) => slice.start + chars,
  };
}

/**
 * Every UTF-16 unit is two bytes, a broken one too (the decoder's replacement), so a slice may end
 * anywhere: what precedes a record boundary is whole.
 */
function utf16Text(bytes: ByteSource, encoding: "utf-16le" | "utf-16be"): CsvText {
  return {
    length: bytes.length,
    maxUnitsPerChar: 2,
    read: (start, end) => ({ text: decodeAs(bytes.read(start, end), encoding), start, end }),
    offsetOf: (slice, chars) => slice.start + chars * 2,
  };
}

function isContinuationByte(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80;
}

/** Bytes of `text` from character `from` on, as UTF-8 (text decoded from valid UTF-8). */
function utf8Length(text: string, from: number): number {
  let bytes = 0;
  for (let at = from; at < text.length; at += 1) {
    const unit = text.charCodeAt(at);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4;
      at += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Valid UTF-8 only: a slice's byte count is then exactly its text's. */
function utf8Text(bytes: ByteSource): CsvText {
  return {
    length: bytes.length,
    // A character outside the BMP is 4 bytes for 2 UTF-16 units; others take at most 3.
    maxUnitsPerChar: 3,
    read: (start, end) => {
      // One byte more tells whether `end` falls inside a character.
      const raw = bytes.read(start, Math.min(bytes.length, end + 1));
      let cut = end;
      while (cut > start && isContinuationByte(raw[cut - start])) cut -= 1;
      return { text: decodeAs(raw.subarray(0, cut - start), "utf-8"), start, end: cut };
    },
    // Counted back from the slice's end: what follows the offset is the short unfinished record.
    offsetOf: (slice, chars) => slice.end - utf8Length(slice.text, chars),
  };
}

import type { ByteSource } from "@/lib/csv/byte-source";
import { type XmlHandler, XmlScanner } from "./xml-scanner";
import type { ZipEntry } from "./zip-directory";
import { entryBytes } from "./zip-entry-bytes";

/**
 * Streams one XML part through `handler`, inflating and decoding it piece by piece; `afterPiece`
 * runs after each piece (a reader hands on the rows it completed there).
 */
export function* streamXmlPart(
  source: ByteSource,
  entry: ZipEntry,
  handler: XmlHandler,
): Generator<void> {
  const decoder = new TextDecoder("utf-8");
  const scanner = new XmlScanner(handler);
  for (const bytes of entryBytes(source, entry)) {
    scanner.push(decoder.decode(bytes, { stream: true }));
    yield;
  }
  scanner.push(decoder.decode());
  scanner.end();
}

/** Reads a whole XML part through `handler`. */
export function readXmlPart(source: ByteSource, entry: ZipEntry, handler: XmlHandler): void {
  for (const _ of streamXmlPart(source, entry, handler));
}

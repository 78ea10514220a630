import type { ByteSource } from "@/lib/csv/byte-source";
import { CsvFormatError } from "@/lib/csv/csv-format-error";
import { formatLimit } from "@/lib/limits";
import { unescapeOoxml } from "./cell-text";
import { streamXmlPart } from "./read-xml-part";
import type { XmlHandler } from "./xml-scanner";
import type { ZipEntry } from "./zip-directory";

/**
 * The workbook's shared strings, in order: cells of type `s` hold an index into them. Rich text
 * is its runs' text joined; phonetic guides (`rPh`, the furigana above Japanese names) are left
 * out. The part is read only as far as the cells asked for so far need: writers list strings in
 * the order cells first use them, so a preview of a sheet's first rows reads the start of a large
 * table, and the full read goes on from there rather than again.
 */
export class SharedStrings {
  readonly #items: string[] = [];
  #pump: Generator<void> | null;

  constructor(source: ByteSource, entry: ZipEntry | undefined, maxStrings: number) {
    this.#pump = entry ? streamXmlPart(source, entry, this.#handler(maxStrings)) : null;
  }

  /** The string at `index`, "" when the table has no such string. */
  at(index: number): string {
    while (index >= this.#items.length && this.#pump) {
      if (this.#pump.next().done) this.#pump = null;
    }
    return this.#items[index] ?? "";
  }

  #handler(maxStrings: number): XmlHandler {
    const items = this.#items;
    let current = "";
    let isInItem = false;
    let isInText = false;
    let phoneticDepth = 0;
    return {
      get wantsText() {
        return isInText;
      },
      open(name) {
        if (name === "si") {
          isInItem = true;
          current = "";
        } else if (name === "rPh") {
          phoneticDepth += 1;
        } else if (name === "t" && isInItem && phoneticDepth === 0) {
          isInText = true;
        }
      },
      close(name) {
        if (name === "t") {
          isInText = false;
        } else if (name === "rPh") {
          phoneticDepth -= 1;
        } else if (name === "si") {
          isInItem = false;
          if (items.length >= maxStrings) {
            throw new CsvFormatError(
              `The workbook holds more than ${formatLimit(maxStrings)} different texts; it was not read`,
            );
          }
          items.push(unescapeOoxml(current));
        }
      },
      text(text) {
        current += text;
      },
    };
  }
}

import { CsvFormatError } from "@/lib/csv/csv-format-error";

/** What a part's reader is told, element by element. Names are local: `x:row` is `row`. */
export interface XmlHandler {
  open(name: string, attributes: string, isSelfClosing: boolean): void;
  close(name: string): void;
  /** Character data between tags, entities already decoded (asked for only when wanted). */
  text(text: string): void;
  /** Whether the handler wants the text at this point; skipping it saves decoding whitespace. */
  readonly wantsText: boolean;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const QUOTE = 34;
const APOSTROPHE = 39;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/**
 * XML's five named entities and character references. Nothing else is expanded: a workbook
 * declares no entities, and a document type (which could) is refused before any text is read.
 */
export function decodeXmlText(raw: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.charCodeAt(0) === 35 /* # */) {
      const code =
        body.charCodeAt(1) === 120 /* x */
          ? Number.parseInt(body.slice(2), 16)
          : Number.parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon === -1 ? qualified : qualified.slice(colon + 1);
}

/** One-letter names (`c`, `v`, `f`, `t`: most of a sheet's tags) without cutting a new string. */
const SHORT_NAMES = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

function nameAt(text: string, start: number, end: number): string {
  if (end - start === 1) return SHORT_NAMES[text.charCodeAt(start)] ?? text.slice(start, end);
  return localName(text.slice(start, end));
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === SLASH || code === GT;
}

/**
 * A streaming XML tokenizer for the parts of a workbook: text goes in as it is decoded, in pieces
 * of any size, and the handler hears each tag and text as soon as it is whole. It checks only what
 * reading needs (tags close, quotes close); it never fetches or expands anything.
 */
export class XmlScanner {
  #rest = "";
  /** The next `'` in the text being scanned, -1 when there is none. */
  #apostrophe = 0;

  constructor(private readonly handler: XmlHandler) {}

  push(chunk: string): void {
    const text = this.#rest.length > 0 ? this.#rest + chunk : chunk;
    this.#apostrophe = text.indexOf("'");
    this.#rest = text.slice(this.#scan(text));
  }

  /** The document ended: anything left unread means it was cut short. */
  end(): void {
    if (this.#rest.trim() !== "") {
      throw new CsvFormatError("A part of the workbook is cut short (its XML does not end)");
    }
  }

  /** Scans whole tags and texts; returns where the unfinished rest starts. */
  #scan(text: string): number {
    const handler = this.handler;
    let at = 0;
    for (;;) {
      const lt = text.indexOf("<", at);
      if (lt === -1) return at;
      if (lt > at && handler.wantsText) handler.text(decodeXmlText(text.slice(at, lt)));
      const next = text.charCodeAt(lt + 1);
      if (Number.isNaN(next)) return lt;
      const end =
        next === BANG
          ? this.#special(text, lt)
          : next === QUESTION
            ? closeOf(text, lt, "?>")
            : this.#tag(text, lt, next === SLASH);
      if (end === -1) return lt;
      at = end;
    }
  }

  /** A start, end or empty-element tag from `<`; returns where it ends, or -1 when unfinished. */
  #tag(text: string, lt: number, isEnd: boolean): number {
    if (this.#apostrophe !== -1 && this.#apostrophe <= lt) {
      this.#apostrophe = text.indexOf("'", lt);
    }
    const gt = tagEnd(text, lt + 1, this.#apostrophe);
    if (gt === -1) return -1;
    let nameEnd = lt + (isEnd ? 2 : 1);
    while (nameEnd < gt && !isNameEnd(text.charCodeAt(nameEnd))) nameEnd += 1;
    const name = nameAt(text, lt + (isEnd ? 2 : 1), nameEnd);
    if (isEnd) {
      this.handler.close(name);
    } else {
      const isSelfClosing = text.charCodeAt(gt - 1) === SLASH;
      this.handler.open(name, text.slice(nameEnd, isSelfClosing ? gt - 1 : gt), isSelfClosing);
      if (isSelfClosing) this.handler.close(name);
    }
    return gt + 1;
  }

  /** A comment, CDATA section or document type declaration. */
  #special(text: string, lt: number): number {
    if (text.startsWith("<!--", lt)) return closeOf(text, lt, "-->");
    if (text.startsWith("<![CDATA[", lt)) {
      const end = text.indexOf("]]>", lt + 9);
      if (end === -1) return -1;
      if (this.handler.wantsText) this.handler.text(text.slice(lt + 9, end));
      return end + 3;
    }
    if (text.length - lt < 9) return -1;
    throw new CsvFormatError(
      "The workbook's XML declares a document type, which no spreadsheet writes; it was not read",
    );
  }
}

function closeOf(text: string, from: number, marker: string): number {
  const end = text.indexOf(marker, from);
  return end === -1 ? -1 : end + marker.length;
}

/**
 * The `>` that ends a tag; one inside a quoted attribute value does not. Most tags have no `>` in
 * a value, which an even count of double quotes and no single quote up to the first `>` proves.
 * `apostrophe` is the next `'` at or after `from` (or -1), kept by the caller so that finding it
 * costs one pass over the text, not one per tag.
 */
function tagEnd(text: string, from: number, apostrophe: number): number {
  const gt = text.indexOf(">", from);
  if (gt === -1) return -1;
  let quotes = 0;
  for (let at = text.indexOf('"', from); at !== -1 && at < gt; at = text.indexOf('"', at + 1)) {
    quotes += 1;
  }
  if (quotes % 2 === 0 && (apostrophe === -1 || apostrophe > gt)) return gt;
  return quotedTagEnd(text, from);
}

function quotedTagEnd(text: string, from: number): number {
  let quote = 0;
  for (let at = from; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === GT) {
      return at;
    } else if (code === QUOTE || code === APOSTROPHE) {
      quote = code;
    } else if (code === LT) {
      throw new CsvFormatError("A part of the workbook is not well-formed XML");
    }
  }
  return -1;
}

/** The value of attribute `name` (qualified as written, like `r` or `r:id`) in a tag's attributes. */
export function attributeOf(attributes: string, name: string): string | undefined {
  for (let at = attributes.indexOf(name); at !== -1; at = attributes.indexOf(name, at + 1)) {
    const before = attributes.charCodeAt(at - 1);
    if (at > 0 && before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    let eq = at + name.length;
    while (attributes.charCodeAt(eq) === 32) eq += 1;
    if (attributes.charCodeAt(eq) !== 61 /* = */) continue;
    let open = eq + 1;
    while (attributes.charCodeAt(open) === 32) open += 1;
    const quote = attributes[open];
    if (quote !== '"' && quote !== "'") continue;
    const close = attributes.indexOf(quote, open + 1);
    if (close === -1) return undefined;
    return decodeXmlText(attributes.slice(open + 1, close));
  }
  return undefined;
}

/** Every attribute of a tag by local name (`r:id` is `id`), for the small parts read once. */
export function attributesOf(attributes: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of attributes.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const [, name = "", doubled, single] = match;
    found.set(localName(name), decodeXmlText(doubled ?? single ?? ""));
  }
  return found;
}

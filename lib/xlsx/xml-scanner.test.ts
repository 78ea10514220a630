import { describe, expect, it } from "vitest";
import { CsvFormatError } from "@/lib/csv/csv-format-error";
import { attributeOf, attributesOf, decodeXmlText, XmlScanner } from "./xml-scanner";

function events(pieces: string[]): string[] {
  const seen: string[] = [];
  const scanner = new XmlScanner({
    wantsText: true,
    open: (name, attributes, isSelfClosing) =>
      seen.push(`<${name}${attributes.trimEnd()}${isSelfClosing ? "/" : ""}>`),
    close: (name) => seen.push(`</${name}>`),
    text: (text) => seen.push(text),
  });
  for (const piece of pieces) scanner.push(piece);
  scanner.end();
  // Texts that arrive in two calls are one text.
  return seen.reduce<string[]>((joined, event) => {
    const last = joined.at(-1);
    if (last !== undefined && !event.startsWith("<") && !last.startsWith("<"))
      joined[joined.length - 1] = last + event;
    else joined.push(event);
    return joined;
  }, []);
}

const DOCUMENT = `<?xml version="1.0"?><!-- a comment --><x:row r="1" note='a > b'><c t="s"><v>1 &amp; 2 &#x41;&#66;</v></c><c><is><t><![CDATA[<raw>]]></t></is></c><empty/></x:row>`;

describe("XmlScanner", () => {
  it("reads tags, local names, entities, CDATA and a > inside an attribute", () => {
    expect(events([DOCUMENT])).toEqual([
      `<row r="1" note='a > b'>`,
      `<c t="s">`,
      "<v>",
      "1 & 2 AB",
      "</v>",
      "</c>",
      "<c>",
      "<is>",
      "<t>",
      "<raw>",
      "</t>",
      "</is>",
      "</c>",
      "<empty/>",
      "</empty>",
      "</row>",
    ]);
  });

  it("hears the same document whatever the pieces it arrives in", () => {
    const whole = events([DOCUMENT]);
    for (let cut = 1; cut < DOCUMENT.length; cut += 1) {
      expect(events([DOCUMENT.slice(0, cut), DOCUMENT.slice(cut)]), `cut at ${cut}`).toEqual(whole);
    }
  });

  it("refuses a document type, which could declare entities, before reading on", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><sst>&lol;</sst>`;
    expect(() => events([bomb])).toThrow(CsvFormatError);
  });

  it("says a document that stops inside a tag is cut short", () => {
    expect(() => events(["<row><c r="])).toThrow(/cut short/);
  });
});

describe("attributes", () => {
  it("finds an attribute by its whole name, whatever the quotes", () => {
    const attributes = ` sr="x" r="B7" t='s' r:id="rId3" name="A &amp; B"`;
    expect(attributeOf(attributes, "r")).toBe("B7");
    expect(attributeOf(attributes, "t")).toBe("s");
    expect(attributeOf(attributes, "r:id")).toBe("rId3");
    expect(attributeOf(attributes, "s")).toBeUndefined();
    expect(attributesOf(attributes).get("id")).toBe("rId3");
    expect(attributesOf(attributes).get("name")).toBe("A & B");
  });

  it("decodes no entity but XML's own", () => {
    expect(decodeXmlText("&lt;&gt;&quot;&apos;&amp;&#8364;&nope;")).toBe(`<>"'&€&nope;`);
  });
});

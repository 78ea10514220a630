import { describe, expect, it } from "vitest";
import { type CsvEncoding, decodeBytes, detectEncoding } from "./decode-bytes";
import { utf16 } from "./testing/utf16";

const utf8 = (text: string) => new TextEncoder().encode(text);

const CSV = "First Name,Last Name,Email\nZoë,Núñez,zoe@example.com\n";

describe("detectEncoding", () => {
  it.each<[string, Uint8Array, CsvEncoding]>([
    ["UTF-8 with a BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CSV)]), "utf-8-bom"],
    ["UTF-16LE with a BOM", utf16(CSV, "le", true), "utf-16le"],
    ["UTF-16BE with a BOM", utf16(CSV, "be", true), "utf-16be"],
    ["UTF-16LE without a BOM", utf16(CSV, "le", false), "utf-16le"],
    ["UTF-16BE without a BOM", utf16(CSV, "be", false), "utf-16be"],
    ["valid UTF-8 with accents", utf8(CSV), "utf-8"],
    ["plain ASCII", utf8("a,b\n1,2\n"), "utf-8"],
    ["no bytes at all", new Uint8Array(), "utf-8"],
    [
      "bytes that are not valid UTF-8",
      new Uint8Array([0x5a, 0x6f, 0xeb, 0x2c, 0x80]),
      "windows-1252",
    ],
  ])("detects %s", (_, bytes, encoding) => {
    expect(detectEncoding(bytes)).toBe(encoding);
  });

  it("does not take binary data with NULs in both byte positions for UTF-16", () => {
    const bytes = new Uint8Array(64);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(detectEncoding(bytes)).toBe("windows-1252");
  });

  it("detects UTF-16LE without a BOM even when the text is mostly CJK", () => {
    const text = "名,姓,Email\r\n芳,王,wang.fang@example.cn\r\n健,佐藤,ken.sato@example.jp\r\n";
    expect(detectEncoding(utf16(text, "le", false))).toBe("utf-16le");
  });
});

describe("decodeBytes", () => {
  it.each<[string, Uint8Array]>([
    ["UTF-8", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CSV)])],
    ["UTF-16LE", utf16(CSV, "le", true)],
    ["UTF-16BE", utf16(CSV, "be", true)],
  ])("drops the %s byte order mark", (_, bytes) => {
    expect(decodeBytes(bytes).text).toBe(CSV);
  });

  it("decodes UTF-16 without a BOM", () => {
    expect(decodeBytes(utf16(CSV, "le", false))).toEqual({ text: CSV, encoding: "utf-16le" });
  });

  it("decodes a Windows-1252 export with €, curly quotes and accents", () => {
    const bytes = new Uint8Array([
      0x46, 0x72, 0x61, 0x6e, 0xe7, 0x6f, 0x69, 0x73, 0x3b, 0x93, 0x31, 0x30, 0x20, 0x80, 0x94,
      0x3b, 0x6c, 0x92, 0xe9, 0x74, 0xe9,
    ]);
    expect(decodeBytes(bytes)).toEqual({ text: "François;“10 €”;l’été", encoding: "windows-1252" });
  });

  it("uses a forced encoding even when the bytes suggest another", () => {
    expect(decodeBytes(utf8("Zoë"), "windows-1252")).toEqual({
      text: "ZoÃ«",
      encoding: "windows-1252",
    });
  });

  it("replaces invalid bytes instead of throwing when UTF-8 is forced", () => {
    expect(decodeBytes(new Uint8Array([0x5a, 0x6f, 0xeb]), "utf-8").text).toBe("Zo\uFFFD");
  });

  it("drops the BOM when UTF-8 is forced on a file that has one", () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), "utf-8").text).toBe("a");
  });
});

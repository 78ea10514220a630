import { describe, expect, it } from "vitest";
import { decodeWindows1252 } from "./decode-windows-1252";

/** Windows-1252 bytes 0x80–0x9F as published by Microsoft (bestfit1252) and WHATWG. */
const HIGH_BYTES: Array<[number, string]> = [
  [0x80, "€"],
  [0x81, "\u0081"],
  [0x82, "‚"],
  [0x83, "ƒ"],
  [0x84, "„"],
  [0x85, "…"],
  [0x86, "†"],
  [0x87, "‡"],
  [0x88, "ˆ"],
  [0x89, "‰"],
  [0x8a, "Š"],
  [0x8b, "‹"],
  [0x8c, "Œ"],
  [0x8d, "\u008d"],
  [0x8e, "Ž"],
  [0x8f, "\u008f"],
  [0x90, "\u0090"],
  [0x91, "‘"],
  [0x92, "’"],
  [0x93, "“"],
  [0x94, "”"],
  [0x95, "•"],
  [0x96, "–"],
  [0x97, "—"],
  [0x98, "˜"],
  [0x99, "™"],
  [0x9a, "š"],
  [0x9b, "›"],
  [0x9c, "œ"],
  [0x9d, "\u009d"],
  [0x9e, "ž"],
  [0x9f, "Ÿ"],
];

describe("decodeWindows1252", () => {
  it.each(HIGH_BYTES.map(([byte, char]) => [byte.toString(16).toUpperCase(), byte, char] as const))(
    "decodes byte 0x%s as Windows-1252 does, not as a Latin-1 control",
    (_, byte, char) => {
      expect(decodeWindows1252(new Uint8Array([byte]))).toBe(char);
    },
  );

  it("decodes ASCII and 0xA0–0xFF as Latin-1", () => {
    const bytes = new Uint8Array(256 - 0xa0 + 0x80);
    for (let index = 0; index < 0x80; index += 1) bytes[index] = index;
    for (let byte = 0xa0; byte < 256; byte += 1) bytes[byte - 0x20] = byte;
    const text = decodeWindows1252(bytes);
    expect(text).toHaveLength(bytes.length);
    bytes.forEach((byte, index) => {
      expect(text.charCodeAt(index)).toBe(byte);
    });
  });

  it("decodes accented names and typographic punctuation in context", () => {
    // "François Müller – “Zoë” 1 250 €" as Excel on Windows saves it.
    const bytes = new Uint8Array([
      0x46, 0x72, 0x61, 0x6e, 0xe7, 0x6f, 0x69, 0x73, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72,
      0x20, 0x96, 0x20, 0x93, 0x5a, 0x6f, 0xeb, 0x94, 0x20, 0x31, 0x20, 0x32, 0x35, 0x30, 0x20,
      0x80,
    ]);
    expect(decodeWindows1252(bytes)).toBe("François Müller – “Zoë” 1 250 €");
  });

  it("decodes several megabytes in one piece", () => {
    const bytes = new Uint8Array(3 * 1024 * 1024).fill(0x80);
    bytes[bytes.length - 1] = 0x92;
    const text = decodeWindows1252(bytes);
    expect(text).toHaveLength(bytes.length);
    expect(text.startsWith("€€€")).toBe(true);
    expect(text.endsWith("€’")).toBe(true);
  });

  it("decodes no bytes to an empty string", () => {
    expect(decodeWindows1252(new Uint8Array())).toBe("");
  });
});

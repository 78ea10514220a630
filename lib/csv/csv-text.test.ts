import { describe, expect, it } from "vitest";
import { memoryBytes } from "./byte-source";
import { encodedText, headOf, stringText } from "./csv-text";
import { type CsvEncoding, decodeBytes } from "./decode-bytes";
import { scanCsv } from "./scan-csv";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("encodedText", () => {
  it("leaves the byte order mark out of the text", () => {
    const marked: Array<[number[], string]> = [
      [[0xef, 0xbb, 0xbf, 0x41, 0x42], "utf-8-bom"],
      [[0xff, 0xfe, 0x41, 0x00, 0x42, 0x00], "utf-16le"],
      [[0xfe, 0xff, 0x00, 0x41, 0x00, 0x42], "utf-16be"],
    ];
    for (const [bytes, encoding] of marked) {
      const { text, encoding: detected } = encodedText(memoryBytes(new Uint8Array(bytes)));
      expect(detected).toBe(encoding);
      expect(headOf(text, 10)).toBe("AB");
      expect(text.read(0, text.length).text).toBe("AB");
    }
  });

  it("keeps a UTF-8 mark's bytes as characters when Windows-1252 is forced", () => {
    const { text } = encodedText(
      memoryBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])),
      "windows-1252",
    );
    expect(headOf(text, 10)).toBe("ï»¿A");
  });

  it("ends a UTF-8 slice before a character it would cut, and counts offsets in bytes", () => {
    const { text } = encodedText(memoryBytes(utf8("a€b\nc€d\n")));
    const slice = text.read(0, 8);
    expect(slice).toEqual({ text: "a€b\nc", start: 0, end: 7 });
    expect(text.offsetOf(slice, 4)).toBe(6);
    expect(text.read(6, text.length).text).toBe("c€d\n");
  });

  // Forced, or known by its byte order mark alone: a file saved as UTF-8, then added to by Excel.
  const notUtf8: Array<[string, number[], CsvEncoding | undefined]> = [
    ["forced UTF-8", [], "utf-8"],
    ["a UTF-8 mark", [0xef, 0xbb, 0xbf], undefined],
  ];
  it.each(notUtf8)(
    "decodes %s over bytes that are not UTF-8 whole, as decodeBytes does",
    (_, mark, forced) => {
      const rows = Array.from({ length: 20 }, (_, i) => [
        ...utf8(`u${i}@example.com,Zo`),
        0xeb,
        ...utf8(`${"é".repeat(i)}\n`),
      ]);
      const bytes = new Uint8Array([...mark, ...utf8("Email,Name\n"), ...rows.flat()]);
      const { text } = encodedText(memoryBytes(bytes), forced);
      const whole = decodeBytes(bytes, forced).text;
      expect(text.read(0, text.length).text).toBe(whole);
      const expected = whole
        .trimEnd()
        .split("\n")
        .slice(1)
        .map((line) => line.split(","));
      for (const pieceUnits of [5, 7, 13, 64]) {
        const scan = scanCsv(text, { delimiter: ",", firstRows: 0, pieceUnits });
        expect([...scan.rows()].flat(), `pieces of ${pieceUnits}`).toEqual(expected);
      }
    },
  );

  it("reads a string by characters", () => {
    const text = stringText("héllo");
    expect(text.read(1, 3)).toEqual({ text: "él", start: 1, end: 3 });
    expect(headOf(text, 2)).toBe("hé");
  });
});

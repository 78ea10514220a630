/**
 * Code points for bytes 0x80–0x9F. Node 20's TextDecoder("windows-1252") decodes these as Latin-1
 * C1 controls, losing € “ ” ’ and friends, so the table is ours. The five bytes Windows-1252 leaves
 * undefined (0x81 0x8D 0x8F 0x90 0x9D) keep their Latin-1 code points, as the WHATWG encoding does.
 */
const HIGH_CONTROL_RANGE = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

const CODE_POINTS = buildCodePoints();

function buildCodePoints(): Uint16Array {
  const table = new Uint16Array(256);
  for (let byte = 0; byte < 256; byte += 1) table[byte] = byte;
  HIGH_CONTROL_RANGE.forEach((codePoint, offset) => {
    table[0x80 + offset] = codePoint;
  });
  return table;
}

/**
 * Every Windows-1252 code point fits one UTF-16 unit, so the text is written as UTF-16LE bytes and
 * handed to the native decoder, which does the work String.fromCharCode would do a chunk at a time.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const utf16 = new Uint8Array(bytes.length * 2);
  for (let index = 0; index < bytes.length; index += 1) {
    const codePoint = CODE_POINTS[bytes[index] as number] as number;
    utf16[index * 2] = codePoint & 0xff;
    utf16[index * 2 + 1] = codePoint >> 8;
  }
  return new TextDecoder("utf-16le").decode(utf16);
}

/** `text` as UTF-16 bytes, with or without a byte order mark: what Excel's "Unicode text" writes. */
export function utf16(text: string, endian: "le" | "be", withBom: boolean): Uint8Array {
  const units = withBom ? `\uFEFF${text}` : text;
  const bytes = new Uint8Array(units.length * 2);
  for (let index = 0; index < units.length; index += 1) {
    const unit = units.charCodeAt(index);
    bytes[index * 2 + (endian === "le" ? 0 : 1)] = unit & 0xff;
    bytes[index * 2 + (endian === "le" ? 1 : 0)] = unit >> 8;
  }
  return bytes;
}

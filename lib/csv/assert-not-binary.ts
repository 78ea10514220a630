import { CsvFormatError } from "./csv-format-error";

export const BINARY_FILE_MESSAGE =
  "The file does not look like a CSV text file (it contains binary data)";

/** Images, archives and spreadsheets saved as .xlsx are caught from their start. */
const SAMPLE_CHARS = 65_536;
const MAX_CONTROL_SHARE = 0.02;

/**
 * Throws CsvFormatError when decoded text is really binary data: any NUL (UTF-16 text was already
 * decoded, so a NUL left over is not text), or more than a few control characters. Tab, line breaks,
 * form feed, vertical tab (FileMaker's in-cell line break) and Ctrl-Z (old DOS end of file) are text.
 */
export function assertNotBinary(text: string): void {
  assertNoNul(text);
  const sampleLength = Math.min(text.length, SAMPLE_CHARS);
  let controls = 0;
  for (let index = 0; index < sampleLength; index += 1) {
    if (isBinaryControl(text.charCodeAt(index))) controls += 1;
  }
  if (controls > sampleLength * MAX_CONTROL_SHARE) throw new CsvFormatError(BINARY_FILE_MESSAGE);
}

function isBinaryControl(code: number): boolean {
  if (code === 0x7f) return true;
  if (code >= 0x20) return false;
  return (
    code !== 0x09 &&
    code !== 0x0a &&
    code !== 0x0b &&
    code !== 0x0c &&
    code !== 0x0d &&
    code !== 0x1a
  );
}

/** A NUL is never text: UTF-16 was decoded before this is asked. */
export function assertNoNul(text: string): void {
  if (text.includes("\u0000")) throw new CsvFormatError(BINARY_FILE_MESSAGE);
}

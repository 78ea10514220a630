import type { ByteSource } from "@/lib/csv/byte-source";
import { CsvFormatError } from "@/lib/csv/csv-format-error";
import { hasZipSignature } from "./zip-directory";

/** OLE compound files: Excel 97–2003 workbooks, and any Office file saved with a password. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const COMPOUND_FILE_MESSAGE =
  "The file is an Excel 97-2003 workbook (.xls) or a password-protected workbook; save it as .xlsx without a password, or as CSV, and upload that";

/**
 * Whether the upload is a zip archive, as every .xlsx is, told by its first bytes and never by
 * its name. Throws CsvFormatError for an old binary or encrypted Office file, with what to do.
 */
export function isZipUpload(source: ByteSource): boolean {
  const head = source.read(0, Math.min(source.length, COMPOUND_FILE.length));
  if (
    head.length === COMPOUND_FILE.length &&
    COMPOUND_FILE.every((byte, at) => head[at] === byte)
  ) {
    throw new CsvFormatError(COMPOUND_FILE_MESSAGE);
  }
  return hasZipSignature(head);
}

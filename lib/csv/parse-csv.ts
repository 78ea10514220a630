import Papa from "papaparse";
import { assertNotBinary } from "./assert-not-binary";
import type { ByteSource } from "./byte-source";
import { encodedText, headOf } from "./csv-text";
import { type CsvEncoding, type DecodedText, decodeBytes, detectEncoding } from "./decode-bytes";
import { detectDelimiter } from "./detect-delimiter";
import { HEADER_SCAN_ROWS } from "./detect-header-row";
import { type CsvScan, scanCsv, withoutBlankRecords } from "./scan-csv";
import { type Table, tableOfRecords } from "./table-of-records";

export type ParseCsvOptions = {
  /** Forces an encoding instead of detecting it; ignored for string input. */
  encoding?: CsvEncoding;
  /** Forces a delimiter instead of detecting it. */
  delimiter?: string;
  /** Reads at most this many data rows, plus one to tell whether there are more. */
  maxRows?: number;
};

export type ParsedCsv = Table & {
  encoding: CsvEncoding;
  delimiter: string;
  /** A quote opened and never closed, so the rest of the file is inside the last field read. */
  hasUnterminatedQuote: boolean;
};

export const PREVIEW_ROWS = 20;

/** Characters the delimiter and binary checks see, more than either samples. */
const HEAD_CHARS = 1 << 17;

/** Bytes decoded per wanted row before falling back to the whole file; real rows are ~150 bytes. */
const PREFIX_BYTES_PER_ROW = 1024;
const MIN_PREFIX_BYTES = 256 * 1024;

/**
 * Reads an uploaded CSV (bytes in any supported encoding, or text) into a header and rectangular
 * rows. Throws CsvFormatError for binary data. An empty file, one of blank lines or a header alone
 * gives `rows: []`; the caller decides that is "CSV file is empty".
 */
export function parseCsv(input: Uint8Array | string, options: ParseCsvOptions = {}): ParsedCsv {
  const prefix = readPrefix(input, options);
  if (prefix) return prefix;
  const { text, encoding } = decodeInput(input, options.encoding);
  const delimiter = delimiterOf(text, options);
  const records = readRecords(text, delimiter, options.maxRows);
  return fromRecords(records, { encoding, delimiter, maxRows: options.maxRows });
}

/**
 * The file scanned and its rows read in pieces, each decoded only when it is parsed (see scanCsv):
 * how the server imports a file without holding its text or all of its rows. parseCsv, which keeps
 * every row anyway, decodes and reads them once. Throws CsvFormatError for binary data.
 */
export function readCsv(
  source: ByteSource,
  options: ParseCsvOptions & { firstRows: number },
): CsvScan & { encoding: CsvEncoding } {
  const { text, encoding } = encodedText(source, options.encoding);
  // The delimiter and the binary check read a sample; scanCsv refuses a NUL anywhere after it.
  const delimiter = delimiterOf(headOf(text, HEAD_CHARS), options);
  const { maxRows, firstRows } = options;
  return { encoding, ...scanCsv(text, { delimiter, maxRows, firstRows }) };
}

/** The first rows only, for the upload wizard's preview; see PREVIEW_ROWS. */
export function parseCsvPreview(
  input: Uint8Array | string,
  options: ParseCsvOptions = {},
): ParsedCsv {
  return parseCsv(input, { maxRows: PREVIEW_ROWS, ...options });
}

/**
 * The wizard shows a preview as soon as a file is dropped (the bench's wizard case times it), so
 * with a small `maxRows` only a prefix is decoded and parsed. The encoding still comes from the whole file, so preview and import agree.
 * Undefined when the prefix does not hold enough complete rows.
 */
function readPrefix(input: Uint8Array | string, options: ParseCsvOptions): ParsedCsv | undefined {
  const { maxRows } = options;
  if (typeof input === "string" || maxRows === undefined) return undefined;
  const prefixBytes = Math.max(MIN_PREFIX_BYTES, wantedRecords(maxRows) * PREFIX_BYTES_PER_ROW);
  if (prefixBytes >= input.length) return undefined;
  const encoding = options.encoding ?? detectEncoding(input);
  const { text } = decodeBytes(input.subarray(0, prefixBytes), encoding);
  const delimiter = delimiterOf(text, options);
  const records = readRecords(text, delimiter, maxRows);
  return records.hasReachedEnd ? undefined : fromRecords(records, { encoding, delimiter, maxRows });
}

/** The header and at most `maxRows` data rows of records read whole. */
function fromRecords(
  records: Records,
  {
    encoding,
    delimiter,
    maxRows,
  }: {
    encoding: CsvEncoding;
    delimiter: string;
    maxRows?: number;
  },
): ParsedCsv {
  return {
    encoding,
    delimiter,
    ...tableOfRecords(records.rows, { maxRows, isComplete: records.hasReachedEnd }),
    hasUnterminatedQuote: records.hasUnterminatedQuote,
  };
}

/** The forced or detected delimiter of decoded text; throws CsvFormatError for binary data. */
function delimiterOf(text: string, options: ParseCsvOptions): string {
  assertNotBinary(text);
  return options.delimiter ?? detectDelimiter(text);
}

function decodeInput(input: Uint8Array | string, encoding: CsvEncoding | undefined): DecodedText {
  return typeof input === "string" ? decodeString(input) : decodeBytes(input, encoding);
}

function decodeString(input: string): DecodedText {
  return input.charCodeAt(0) === 0xfeff
    ? { text: input.slice(1), encoding: "utf-8-bom" }
    : { text: input, encoding: "utf-8" };
}

type Records = {
  rows: string[][];
  hasUnterminatedQuote: boolean;
  /** Parsing ran to the end of the text: for a prefix, the last row may be cut short. */
  hasReachedEnd: boolean;
};

/**
 * Non-blank records, all of them or, with `maxRows`, enough for any header position plus
 * `maxRows + 1` data rows. Papaparse's `preview` counts blank lines too, so when blank lines ate the
 * budget it reads again with a larger one. Never `fastMode`: it ignores quotes.
 */
function readRecords(text: string, delimiter: string, maxRows: number | undefined): Records {
  const wanted = maxRows === undefined ? 0 : wantedRecords(maxRows);
  for (let preview = wanted; ; preview *= 2) {
    const result = Papa.parse<string[]>(text, { delimiter, header: false, preview });
    const rows = withoutBlankRecords(result.data);
    // Papaparse stops at `preview` only after a line break, so every row it returned is whole.
    const isStopped = preview > 0 && result.meta.truncated;
    if (!isStopped || rows.length >= wanted) {
      return {
        rows,
        hasUnterminatedQuote: result.errors.some((error) => error.code === "MissingQuotes"),
        hasReachedEnd: !isStopped,
      };
    }
  }
}

function wantedRecords(maxRows: number): number {
  return HEADER_SCAN_ROWS + maxRows + 1;
}

import Papa from "papaparse";
import { formatLimit, formatMegabytes, MAX_CSV_COLUMNS, MAX_CSV_RECORD_BYTES } from "@/lib/limits";
import { assertNoNul } from "./assert-not-binary";
import { CsvFormatError } from "./csv-format-error";
import { type CsvText, headOf } from "./csv-text";
import { detectHeaderRow, HEADER_SCAN_ROWS, spanOf } from "./detect-header-row";
import { TrailingFooter } from "./footer-lines";
import { type RenamedHeader, uniqueHeaders } from "./unique-headers";

/**
 * Units (characters or bytes) parsed at a time: about 1,300 rows of a typical export, a batch or so,
 * so rows are written and gone soon after they are parsed rather than kept (and moved by the GC).
 */
const PIECE_UNITS = 1 << 18;
/** Papaparse guesses the line break from this much of its input. */
const LINE_BREAK_SAMPLE_CHARS = 1 << 20;

export type CsvScan = {
  delimiter: string;
  /** Index of the header among the file's non-blank records (titles above it are skipped). */
  headerRowIndex: number;
  headers: string[];
  /** Blank, repeated and extra columns that were given a generated header. */
  renamedHeaders: RenamedHeader[];
  /** Data rows in the file; when `truncated`, only known to exceed `maxRows`, so `maxRows + 1`. */
  totalRows: number;
  /** More than `maxRows` data rows: the scan stopped there and `rows()` reads the first `maxRows`. */
  truncated: boolean;
  /** Report footer lines after the last data row (totals, copyright, …), left out of the rows. */
  footerLines: number;
  /** A quote opened and never closed, so the rest of the file is inside the last field read. */
  hasUnterminatedQuote: boolean;
  /** Up to `firstRows` data rows, each exactly `headers.length` cells. */
  firstRows: string[][];
  /**
   * Every data row, each exactly `headers.length` cells, in pieces parsed again only as they are
   * iterated: an import holds one piece of rows at a time, not the whole file's.
   */
  rows(): Generator<string[][]>;
};

export type ScanOptions = {
  delimiter: string;
  /** Data rows kept in `firstRows`. */
  firstRows: number;
  maxRows?: number;
  /** Units per piece (tests make them small to cut records in every possible place). */
  pieceUnits?: number;
  /** Units one record may take: a longer one is refused before it is parsed whole. */
  maxRecordUnits?: number;
  /** Columns a record may fill: a wider one is refused before the rows are kept. */
  maxColumns?: number;
};

type Newline = Papa.ParseConfig["newline"];

/**
 * Papaparse's own parser, given the delimiter and line break a whole-file parse would use. Never
 * `fastMode`: it ignores quotes (papaparse still takes that path by itself for text without any).
 * Blank records are left out by withoutBlankRecords.
 */
function parseConfig(delimiter: string, newline: Newline) {
  return { delimiter, newline } as const;
}

type Piece = { records: string[][]; end: number; hasUnterminatedQuote: boolean };

/**
 * The whole records of the text from `start` on, about `pieceUnits` of it (more when one record is
 * longer), and where the next piece starts. Papaparse's Parser is what Papa.parse streams with;
 * called directly, nothing keeps a piece's records once the caller drops them. A NUL is binary data.
 */
function parsePiece(
  text: CsvText,
  start: number,
  config: ReturnType<typeof parseConfig>,
  { pieceUnits, maxRecordUnits }: { pieceUnits: number; maxRecordUnits: number },
): Piece {
  for (let size = pieceUnits; ; size *= 2) {
    const slice = text.read(start, Math.min(text.length, start + size));
    assertNoNul(slice.text);
    const isLast = slice.end === text.length;
    const results = new Papa.Parser(config).parse(slice.text, 0, !isLast);
    const next = isLast ? slice.end : text.offsetOf(slice, results.meta.cursor);
    if (next > start || isLast) {
      const hasUnterminatedQuote = results.errors.some(
        (error: Papa.ParseError) => error.code === "MissingQuotes",
      );
      return { records: results.data, end: next, hasUnterminatedQuote };
    }
    // Not one whole record in `size` units: the record starting here is longer than that.
    if (size >= maxRecordUnits) throw tooLongRecord(maxRecordUnits);
  }
}

function tooLongRecord(maxRecordUnits: number): CsvFormatError {
  return new CsvFormatError(
    `A row of the file is longer than ${formatMegabytes(maxRecordUnits)}: check its quotes`,
  );
}

function tooManyColumns(maxColumns: number): CsvFormatError {
  return new CsvFormatError(`The file has more than ${formatLimit(maxColumns)} columns`);
}

/**
 * Records with a visible value: what papaparse's `skipEmptyLines: "greedy"` keeps (lines of only
 * delimiters and spaces go too), without it joining and trimming every row.
 */
export function withoutBlankRecords(records: string[][]): string[][] {
  return records.filter((record) => record.some((cell) => cell.trim() !== ""));
}

/** The line break one parse of the whole text would use, fixed so that every piece uses it too. */
function guessNewline(text: CsvText, delimiter: string): Newline {
  const sample = headOf(text, LINE_BREAK_SAMPLE_CHARS);
  return Papa.parse(sample, { delimiter, preview: 1 }).meta.linebreak as Newline;
}

/** What the first pass keeps: the first records whole, then only counts and where pieces end. */
type FirstPass = {
  first: string[][];
  laterRows: number;
  /** The widest span among records after `first`. */
  laterWidth: number;
  /** Offsets where pieces start and end, each on a record boundary. */
  boundaries: number[];
  hasUnterminatedQuote: boolean;
  /** Stopped early: there are more records than `maxRecords`. */
  isStopped: boolean;
  /** Footer lines are held back until a record after them shows they were rows after all. */
  footer: TrailingFooter;
};

function firstPass(
  text: CsvText,
  config: ReturnType<typeof parseConfig>,
  {
    kept,
    maxRecords,
    pieceUnits,
    maxRecordUnits,
    maxColumns,
  }: {
    kept: number;
    maxRecords: number;
    pieceUnits: number;
    maxRecordUnits: number;
    maxColumns: number;
  },
): FirstPass {
  const pass: FirstPass = {
    first: [],
    laterRows: 0,
    laterWidth: 0,
    boundaries: [0],
    hasUnterminatedQuote: false,
    isStopped: false,
    footer: new TrailingFooter(),
  };
  for (let start = 0; start < text.length && !pass.isStopped; ) {
    const piece = parsePiece(text, start, config, { pieceUnits, maxRecordUnits });
    for (const record of withoutBlankRecords(piece.records)) {
      if (record.length > maxColumns && spanOf(record) > maxColumns)
        throw tooManyColumns(maxColumns);
      pass.footer.add(record);
      if (pass.first.length < kept) {
        pass.first.push(record);
      } else {
        pass.laterRows += 1;
        if (record.length > pass.laterWidth) {
          pass.laterWidth = Math.max(pass.laterWidth, spanOf(record));
        }
      }
    }
    pass.hasUnterminatedQuote ||= piece.hasUnterminatedQuote;
    pass.boundaries.push(piece.end);
    pass.isStopped = pass.footer.recordsBeforeTrailer > maxRecords;
    start = piece.end;
  }
  return pass;
}

/**
 * The rest of a text the first pass stopped reading (at the row limit) holds no NUL either: a
 * binary file is refused as one whatever its length. 4 units hold a whole character, so each read
 * moves on.
 */
function assertRestIsText(text: CsvText, from: number, pieceUnits: number): void {
  for (let start = from; start < text.length; ) {
    const slice = text.read(start, Math.min(text.length, start + Math.max(pieceUnits, 4)));
    assertNoNul(slice.text);
    start = slice.end;
  }
}

/** The second pass: `wanted` data rows, piece by piece, after the first `skip` records. */
function* piecesOf(
  text: CsvText,
  config: ReturnType<typeof parseConfig>,
  {
    boundaries,
    skip,
    wanted,
    width,
  }: { boundaries: number[]; skip: number; wanted: number; width: number },
): Generator<string[][]> {
  let toSkip = skip;
  let read = 0;
  for (let piece = 1; piece < boundaries.length && read < wanted; piece++) {
    const slice = text.read(boundaries[piece - 1] as number, boundaries[piece] as number);
    let records = withoutBlankRecords(new Papa.Parser(config).parse(slice.text, 0, false).data);
    if (toSkip > 0) {
      const skipped = Math.min(toSkip, records.length);
      records = records.slice(skipped);
      toSkip -= skipped;
    }
    if (read + records.length > wanted) records = records.slice(0, wanted - read);
    read += records.length;
    if (records.length > 0) yield records.map((record) => fitRow(record, width));
  }
  if (read !== wanted) throw new Error(`CSV pieces held ${read} data rows, expected ${wanted}`);
}

/**
 * Reads a CSV in two passes over its pieces. The first keeps only what must be known before any row
 * is used: the header (from the first records), how many data rows there are, how wide the widest
 * is (extra cells get `Column N` headers), how many footer lines end the file, and where each piece
 * ends on a record boundary. The second, `rows()`, reads and parses the pieces again one at a time,
 * and stops before the footer. Throws CsvFormatError for binary data.
 */
export function scanCsv(text: CsvText, options: ScanOptions): CsvScan {
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const config = parseConfig(options.delimiter, guessNewline(text, options.delimiter));
  const pieceUnits = options.pieceUnits ?? PIECE_UNITS;
  const pass = firstPass(text, config, {
    kept: HEADER_SCAN_ROWS + options.firstRows,
    // The header is among the first HEADER_SCAN_ROWS records: past this many, rows exceed maxRows.
    maxRecords: HEADER_SCAN_ROWS + maxRows + 1,
    pieceUnits,
    maxRecordUnits: options.maxRecordUnits ?? MAX_CSV_RECORD_BYTES,
    maxColumns: options.maxColumns ?? MAX_CSV_COLUMNS,
  });
  if (pass.isStopped) assertRestIsText(text, pass.boundaries.at(-1) ?? 0, pieceUnits);
  const layout = csvLayout(pass.first, { laterWidth: pass.laterWidth });
  const width = layout.headers.length;
  const footerLines = pass.isStopped ? 0 : pass.footer.lines(layout.headerRowIndex, width);
  const dataRows = layout.data.length + pass.laterRows - footerLines;
  const truncated = pass.isStopped || dataRows > maxRows;
  const skip = layout.headerRowIndex + 1;
  const wanted = Math.min(dataRows, maxRows);
  return {
    delimiter: options.delimiter,
    headerRowIndex: layout.headerRowIndex,
    headers: layout.headers,
    renamedHeaders: layout.renamed,
    totalRows: truncated ? maxRows + 1 : dataRows,
    truncated,
    footerLines,
    hasUnterminatedQuote: pass.hasUnterminatedQuote,
    firstRows: layout.data
      .slice(0, Math.min(options.firstRows, dataRows))
      .map((row) => fitRow(row, width)),
    rows: () => piecesOf(text, config, { boundaries: pass.boundaries, skip, wanted, width }),
  };
}

/**
 * The header among the first records and the headers every row is fitted to. Extra cells beyond
 * the header get `Column N` headers rather than being dropped, but only when some row has a value
 * there: trailing delimiters (`a;b;`) add no empty columns. `laterWidth` is the widest span of rows
 * beyond `records`; with `maxRows`, only that many data rows count.
 */
export function csvLayout(
  records: string[][],
  { laterWidth = 0, maxRows }: { laterWidth?: number; maxRows?: number },
) {
  const headerRowIndex = detectHeaderRow(records.slice(0, HEADER_SCAN_ROWS));
  const headerRow = records[headerRowIndex] ?? [];
  const data = records.slice(headerRowIndex + 1);
  let width = Math.max(spanOf(headerRow), laterWidth);
  for (const row of maxRows === undefined ? data : data.slice(0, maxRows)) {
    if (row.length > width) width = Math.max(width, spanOf(row));
  }
  const { headers, renamed } = uniqueHeaders(fitRow(headerRow, width));
  return { headerRowIndex, headers, renamed, data };
}

export function fitRow(row: string[], width: number): string[] {
  if (row.length === width) return row;
  if (row.length > width) return row.slice(0, width);
  const padded = row.slice();
  while (padded.length < width) padded.push("");
  return padded;
}

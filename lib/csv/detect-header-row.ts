/** Rows searched for the header; report preambles run a handful of lines, never dozens. */
export const HEADER_SCAN_ROWS = 50;

/** Rows after a candidate whose common width it must reach. */
const LOOKAHEAD_ROWS = 30;

const EMAIL = /\S@\S+\.\S/;
const NUMBER_OR_DATE = /^[\d\s.,:;/+\-()%$€£#]+$/;

/**
 * Index of the header among `rows`. Salesforce reports and some exports put a title, a date and a
 * blank line above the real header, so the header is the first row that is as wide as the rows
 * after it (most common width) and reads like labels: no email addresses, mostly not numbers.
 * With no such row the first non-blank row is the header.
 */
export function detectHeaderRow(rows: readonly (readonly string[])[]): number {
  let firstNonBlank: number | undefined;
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let index = 0; index < limit; index += 1) {
    const row = rows[index] ?? [];
    const span = spanOf(row);
    if (span === 0) continue;
    firstNonBlank ??= index;
    const typical = typicalSpan(rows.slice(index + 1, index + 1 + LOOKAHEAD_ROWS));
    if (span >= typical && isMostlyFilled(row, span) && looksLikeLabels(row)) return index;
  }
  return firstNonBlank ?? 0;
}

/** Cells up to the last non-empty one; Excel pads title lines with trailing delimiters. */
export function spanOf(row: readonly string[]): number {
  let span = row.length;
  while (span > 0 && (row[span - 1] ?? "").trim() === "") span -= 1;
  return span;
}

/**
 * The most common span of `rows`, among rows of two cells or more when there are any: the lone
 * lines of a short report's footer (totals, copyright, …) can outnumber its records.
 */
function typicalSpan(rows: readonly (readonly string[])[]): number {
  const frequency = new Map<number, number>();
  const spans = rows.map(spanOf);
  const minimum = spans.some((span) => span > 1) ? 2 : 1;
  for (const span of spans) {
    if (span >= minimum) frequency.set(span, (frequency.get(span) ?? 0) + 1);
  }
  let typical = 0;
  let typicalCount = 0;
  for (const [span, count] of frequency) {
    if (count > typicalCount || (count === typicalCount && span > typical)) {
      typical = span;
      typicalCount = count;
    }
  }
  return typical;
}

/** A header may have a blank label or two, a preamble line spread over cells has mostly gaps. */
function isMostlyFilled(row: readonly string[], span: number): boolean {
  const filled = row.slice(0, span).filter((cell) => cell.trim() !== "").length;
  return filled * 2 >= span;
}

function looksLikeLabels(row: readonly string[]): boolean {
  const cells = row.map((cell) => cell.trim()).filter((cell) => cell !== "");
  if (cells.some((cell) => EMAIL.test(cell))) return false;
  const numeric = cells.filter((cell) => NUMBER_OR_DATE.test(cell)).length;
  return numeric * 2 < cells.length;
}

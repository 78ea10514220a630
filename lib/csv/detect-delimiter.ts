export const CANDIDATE_DELIMITERS = [",", ";", "\t", "|"] as const;

const SAMPLE_RECORDS = 50;
const SAMPLE_CHARS = 65_536;

type Score = { delimiter: string; matching: number; width: number };

/**
 * Picks the candidate that splits the most sampled records into the same number (≥ 2) of fields;
 * ties go to the wider split. Consistency beats raw counts because European Excel writes `;` files
 * whose values carry decimal commas (`1,5`), and preamble lines (report titles) split into one field
 * under every candidate. A file no candidate splits is a single column: `,`.
 */
export function detectDelimiter(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const isCut = text.length > SAMPLE_CHARS;
  let best: Score = { delimiter: ",", matching: 0, width: 1 };
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const widths = countFieldsPerRecord(sample, delimiter);
    if (isCut) widths.pop();
    const score = { delimiter, ...scoreWidths(widths) };
    const isBetter =
      score.matching > best.matching ||
      (score.matching === best.matching && score.width > best.width);
    if (isBetter) best = score;
  }
  return best.delimiter;
}

/** The most common width above one and how many records have it. */
function scoreWidths(widths: readonly number[]): { matching: number; width: number } {
  const frequency = new Map<number, number>();
  for (const width of widths) {
    if (width > 1) frequency.set(width, (frequency.get(width) ?? 0) + 1);
  }
  let matching = 0;
  let width = 1;
  for (const [candidate, count] of frequency) {
    if (count > matching || (count === matching && candidate > width)) {
      matching = count;
      width = candidate;
    }
  }
  return { matching, width };
}

/**
 * Field counts of the sample's non-blank records, reading quotes the way RFC 4180 and papaparse do:
 * a quote opens a field only at its start, `""` inside is a literal quote, and a delimiter or line
 * break inside quotes is data.
 */
export function countFieldsPerRecord(sample: string, delimiter: string): number[] {
  const widths: number[] = [];
  let fields = 1;
  let isBlank = true;
  let isInQuotes = false;
  let isAtFieldStart = true;
  const endRecord = () => {
    if (!isBlank) widths.push(fields);
    fields = 1;
    isBlank = true;
    isAtFieldStart = true;
  };
  for (let index = 0; index < sample.length && widths.length < SAMPLE_RECORDS; index += 1) {
    const char = sample[index];
    if (isInQuotes) {
      if (char !== '"') continue;
      if (sample[index + 1] === '"') index += 1;
      else isInQuotes = false;
    } else if (char === '"' && isAtFieldStart) {
      isInQuotes = true;
      isAtFieldStart = false;
      isBlank = false;
    } else if (char === delimiter) {
      fields += 1;
      isAtFieldStart = true;
      isBlank = false;
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && sample[index + 1] === "\n") index += 1;
      endRecord();
    } else {
      isAtFieldStart = false;
      if (char !== " " && char !== "\t") isBlank = false;
    }
  }
  if (widths.length < SAMPLE_RECORDS) endRecord();
  return widths;
}

import type { FailureReason, NumberedOutcome, OutcomeKind } from "./row-outcome";

/*
 * An import's row report as text, one line per row: `<row>\t<kind><payload>`, where the kind is
 * one letter and the payload the lead's id, a repeat's first row, or a failure's reason letter, its
 * email as a JSON string (an invalid address may hold any character) and, after a tab, its detail
 * as a JSON string (JSON escapes every tab inside a string, so the tab divides). About 45 bytes a row:
 * a 50,000-row report is written as text in a third of the time the same outcomes took as jsonb,
 * which PostgreSQL has to parse.
 */

const KIND_LETTERS: Record<OutcomeKind, string> = {
  created: "c",
  updated: "u",
  restored: "r",
  existing: "e",
  "deleted-match": "d",
  repeated: "p",
  failed: "f",
};
const REASON_LETTERS: Record<FailureReason, string> = {
  "email-missing": "m",
  "email-invalid": "i",
  "lead-invalid": "l",
  "not-saved": "n",
};

/** The letter a kind of outcome is written with: what a query over the lines filters on. */
export function kindLetterOf(kind: OutcomeKind): string {
  return KIND_LETTERS[kind];
}

function invert<K extends string>(letters: Record<K, string>): Map<string, K> {
  return new Map(Object.entries(letters).map(([key, letter]) => [letter as string, key as K]));
}
const KIND_OF_LETTER = invert(KIND_LETTERS);
const REASON_OF_LETTER = invert(REASON_LETTERS);

export function encodeRowReportLine(outcome: NumberedOutcome): string {
  const head = `${outcome.row}\t${KIND_LETTERS[outcome.kind]}`;
  switch (outcome.kind) {
    case "repeated":
      return `${head}${outcome.firstRow}`;
    case "failed": {
      const email = outcome.email === undefined ? "" : JSON.stringify(outcome.email);
      const detail = outcome.detail === undefined ? "" : `\t${JSON.stringify(outcome.detail)}`;
      return `${head}${REASON_LETTERS[outcome.reason]}${email}${detail}`;
    }
    default:
      return `${head}${outcome.leadId}`;
  }
}

export function encodeRowReport(outcomes: Iterable<NumberedOutcome>): string {
  const lines: string[] = [];
  for (const outcome of outcomes) lines.push(encodeRowReportLine(outcome));
  return lines.join("\n");
}

export function decodeRowReportLine(line: string): NumberedOutcome {
  const tab = line.indexOf("\t");
  const row = Number(line.slice(0, tab));
  const kind = KIND_OF_LETTER.get(line.charAt(tab + 1));
  const payload = line.slice(tab + 2);
  switch (kind) {
    case undefined:
      throw new Error(`not a row report line: ${line.slice(0, 80)}`);
    case "repeated":
      return { kind, firstRow: Number(payload), row };
    case "failed": {
      const reason = REASON_OF_LETTER.get(payload.charAt(0)) ?? "not-saved";
      const [email, detail] = payload
        .slice(1)
        .split("\t")
        .map((part) => (part === "" ? undefined : (JSON.parse(part) as string)));
      return {
        kind,
        reason,
        ...(email === undefined ? {} : { email }),
        ...(detail === undefined ? {} : { detail }),
        row,
      };
    }
    default:
      return { kind, leadId: payload, row };
  }
}

export function decodeRowReport(text: string): NumberedOutcome[] {
  return text === "" ? [] : text.split("\n").map(decodeRowReportLine);
}

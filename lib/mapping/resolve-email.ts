import { type Candidate, customColumn } from "./detect-column";
import type { DetectedColumn } from "./detect-mapping";
import { because } from "./mapping-rules";
import { looksLikeEmail } from "./sniff-values";

/** What rule 2 looks at in one candidate email column. */
interface EmailColumn {
  candidate: Candidate;
  /** Valid addresses in the sample. */
  valid: number;
  distinct: number;
  /** One or a few addresses over and over: an owner's, a sender's, an assigned user's. */
  isRepeated: boolean;
  /** Distinct addresses on at least half of the sampled rows: a column that can identify leads. */
  isReal: boolean;
}

/** A column is "repeated" from this many valid addresses on, never for a handful of rows. */
const REPEATED_MIN_ADDRESSES = 4;
/** At most one distinct address per this many valid ones. */
const REPEATS_PER_ADDRESS = 4;

function emailColumn(candidate: Candidate, rows: number): EmailColumn {
  const addresses = candidate.values.filter(looksLikeEmail).map((value) => value.toLowerCase());
  const valid = addresses.length;
  const distinct = new Set(addresses).size;
  const isRepeated = valid >= REPEATED_MIN_ADDRESSES && distinct * REPEATS_PER_ADDRESS <= valid;
  return { candidate, valid, distinct, isRepeated, isReal: !isRepeated && valid * 2 >= rows };
}

/**
 * Real columns first, by how directly the header names the lead's email, then by addresses;
 * otherwise by addresses, so a sparse list still gets the column that lets the most rows import.
 */
function compare(a: EmailColumn, b: EmailColumn): number {
  if (a.isReal !== b.isReal) return a.isReal ? -1 : 1;
  const byTier = a.candidate.tier - b.candidate.tier;
  const byAddresses = b.valid - a.valid;
  const first = a.isReal ? byTier || byAddresses : byAddresses || byTier;
  return first || a.candidate.rank - b.candidate.rank || a.candidate.index - b.candidate.index;
}

function why(winner: EmailColumn, loser: EmailColumn, rows: number): string {
  const won = `"${winner.candidate.header}"`;
  const lost = `"${loser.candidate.header}"`;
  if (loser.valid === 0) return `${lost} has no addresses in the first ${rows} rows`;
  if (winner.isReal && !loser.isReal) {
    return `${lost} has addresses on only ${loser.valid} of the first ${rows} rows`;
  }
  if (winner.isReal && winner.candidate.tier < loser.candidate.tier) {
    return loser.candidate.tier === 2
      ? `${won} names the email in its header, ${lost} only holds addresses`
      : `${won} names the lead's own email, ${lost} a second one`;
  }
  if (winner.valid !== loser.valid) {
    return `${won} has ${winner.valid} valid addresses, ${lost} ${loser.valid}`;
  }
  if (winner.candidate.rank !== loser.candidate.rank) return `${won} is the stronger header`;
  return `${won} comes first`;
}

function repeatedColumn({ candidate, valid, distinct }: EmailColumn): DetectedColumn {
  const few = distinct === 1 ? "one address" : `${distinct} addresses`;
  return customColumn(candidate.header, candidate.index, {
    rule: "lead-email",
    source: candidate.source,
    confidence: 0.9,
    detail: `"${candidate.header}" repeats ${few} over ${valid} rows, an owner's or sender's, never the lead's`,
  });
}

/**
 * Rule 2: the lead's email is a column of mostly distinct addresses. A column repeating one or a
 * few addresses is never it; among real candidates the header that names the lead's own email
 * wins over `personal`, `secondary`, `2` or a column found by its values; when no column covers
 * half the rows, the one with the most addresses wins. The others stay custom fields, saying why.
 */
export function resolveEmail(candidates: readonly Candidate[], rows: number): DetectedColumn[] {
  const columns = candidates.map((candidate) => emailColumn(candidate, rows));
  const repeated = columns.filter((column) => column.isRepeated).map(repeatedColumn);
  const ranked = columns.filter((column) => !column.isRepeated).sort(compare);
  const [winner, ...losers] = ranked;
  if (!winner) return repeated;
  const { candidate } = winner;
  const isContest = columns.length > 1;
  const counted = `${winner.valid} valid addresses (${winner.distinct} distinct) in the first ${rows} rows`;
  const over = losers.map(
    (loser) => `chosen over "${loser.candidate.header}": ${why(winner, loser, rows)}`,
  );
  const detail = isContest ? [candidate.detail, counted, ...over].join("; ") : candidate.detail;
  const chosen: DetectedColumn = {
    index: candidate.index,
    header: candidate.header,
    target: "email",
    source: candidate.source,
    rule: isContest ? "lead-email" : candidate.rule,
    confidence: candidate.confidence,
    reason: because(isContest ? "lead-email" : candidate.rule, detail),
  };
  const lost = losers.map((loser) =>
    customColumn(loser.candidate.header, loser.candidate.index, {
      rule: "lead-email",
      source: loser.candidate.source,
      confidence: 0.8,
      detail: `${loser.candidate.detail}, but the lead's email is "${candidate.header}" (${why(winner, loser, rows)})`,
    }),
  );
  return [chosen, ...lost, ...repeated];
}

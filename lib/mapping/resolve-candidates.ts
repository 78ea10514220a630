import type { StandardField } from "@/lib/fields/catalogue";
import { type Candidate, customColumn } from "./detect-column";
import type { DetectedColumn } from "./detect-mapping";
import { because } from "./mapping-rules";
import { resolveEmail } from "./resolve-email";

const LOSER_CONFIDENCE = 0.8;

/**
 * Rule 5's order: a column with values before an empty one, then the more specific header (tier),
 * then the more filled column, then the stronger alias, then the values' agreement, then the file's
 * order.
 */
function compare(a: Candidate, b: Candidate): number {
  const hasValues = Number(b.values.length > 0) - Number(a.values.length > 0);
  return (
    hasValues ||
    a.tier - b.tier ||
    b.values.length - a.values.length ||
    a.rank - b.rank ||
    b.confidence - a.confidence ||
    a.index - b.index
  );
}

function why(winner: Candidate, loser: Candidate): string {
  const won = `"${winner.header}"`;
  const lost = `"${loser.header}"`;
  if (loser.values.length === 0 && winner.values.length > 0) return `${lost} is empty`;
  if (winner.tier !== loser.tier) {
    return loser.tier === 2
      ? `${won} names the field in its header`
      : `${won} is the more specific header, ${lost} a second-best one`;
  }
  if (winner.values.length !== loser.values.length) {
    return `${won} is more filled: ${winner.values.length} values vs ${loser.values.length}`;
  }
  if (winner.rank !== loser.rank) return `${won} is the stronger alias`;
  if (winner.confidence !== loser.confidence) return `more of ${won}'s values match`;
  return `${won} comes first`;
}

function chosen(candidate: Candidate, over: readonly Candidate[]): DetectedColumn {
  const { index, header, field, source, confidence } = candidate;
  if (over.length === 0) {
    const { rule, detail } = candidate;
    return {
      index,
      header,
      target: field,
      source,
      rule,
      confidence,
      reason: because(rule, detail),
    };
  }
  const choices = over.map((loser) => `chosen over "${loser.header}" (${why(candidate, loser)})`);
  const reason = because("one-column-per-field", [candidate.detail, ...choices].join("; "));
  return { index, header, target: field, source, rule: "one-column-per-field", confidence, reason };
}

function lost(candidate: Candidate, detail: string, rule: DetectedColumn["rule"]): DetectedColumn {
  return customColumn(candidate.header, candidate.index, {
    rule,
    source: candidate.source,
    confidence: LOSER_CONFIDENCE,
    detail: `${candidate.detail}, but ${detail}`,
  });
}

/**
 * Shares standard fields out among detected columns, one column per field (rule 5): a field the
 * explicit mapping already uses goes to nobody else; email goes by rule 2; otherwise the order of
 * `compare`. Losers stay custom fields, and their reason says which column won and why.
 */
export function resolveCandidates(
  candidates: readonly Candidate[],
  explicitOwners: ReadonlyMap<StandardField, string>,
  sampledRows: number,
): DetectedColumn[] {
  const byField = new Map<StandardField, Candidate[]>();
  for (const candidate of candidates) {
    const group = byField.get(candidate.field) ?? [];
    group.push(candidate);
    byField.set(candidate.field, group);
  }
  const columns: DetectedColumn[] = [];
  for (const [field, group] of byField) {
    const owner = explicitOwners.get(field);
    if (owner !== undefined) {
      const detail = `the mapping sends "${owner}" to ${field}`;
      columns.push(...group.map((candidate) => lost(candidate, detail, "mapping")));
    } else if (field === "email") {
      columns.push(...resolveEmail(group, sampledRows));
    } else {
      const [winner, ...rest] = [...group].sort(compare);
      if (!winner) continue;
      columns.push(chosen(winner, rest));
      for (const loser of rest) {
        const detail = `${field} went to "${winner.header}" (${why(winner, loser)})`;
        columns.push(lost(loser, detail, "one-column-per-field"));
      }
    }
  }
  return columns;
}

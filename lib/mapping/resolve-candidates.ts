import type { StandardField } from "@/lib/fields/catalogue";
import type { DetectedColumn } from "./detect-mapping";
import { customTarget } from "./mapping-target";
import { countEmails, sampleColumn } from "./sniff-values";

/** A column detection would give a standard field, before fields are shared out. */
export interface Candidate {
  index: number;
  header: string;
  field: StandardField;
  source: "alias" | "values";
  /** Position of the matching alias (lower is stronger); Infinity for values. */
  rank: number;
  confidence: number;
  reason: string;
}

const LOSER_CONFIDENCE = 0.8;

function byStrength(a: Candidate, b: Candidate): number {
  return a.rank - b.rank || b.confidence - a.confidence || a.index - b.index;
}

function why(winner: Candidate, loser: Candidate): string {
  if (winner.rank < loser.rank) {
    return loser.source === "values" ? "its header names the field" : "a stronger alias";
  }
  if (winner.confidence > loser.confidence) return "more values match";
  return "an earlier column";
}

function asWinner(candidate: Candidate, extra?: string): DetectedColumn {
  const { index, header, field, source, confidence, reason } = candidate;
  return {
    index,
    header,
    target: field,
    source,
    confidence,
    reason: extra ? `${reason}; ${extra}` : reason,
  };
}

function asLoser(candidate: Candidate, reason: string): DetectedColumn {
  const { index, header, source } = candidate;
  return {
    index,
    header,
    target: customTarget(header, index),
    source,
    confidence: LOSER_CONFIDENCE,
    reason: `${candidate.reason}, but ${reason}; kept as a custom field`,
  };
}

/**
 * Several columns can be the email (`Email` and `Work Email`, or `Email` and a column of
 * addresses under another header): the one with the most valid addresses in the sample wins,
 * since it is the one that lets rows import. Ties go to the stronger header.
 */
function resolveEmail(
  candidates: readonly Candidate[],
  sampleRows: readonly (readonly string[])[],
): DetectedColumn[] {
  const counted = candidates.map((candidate) => ({
    candidate,
    valid: countEmails(sampleColumn(sampleRows, candidate.index)),
  }));
  counted.sort((a, b) => b.valid - a.valid || byStrength(a.candidate, b.candidate));
  const [first, ...rest] = counted;
  if (!first) return [];
  const versus = (valid: number) => `${first.valid} valid addresses vs ${valid}`;
  const chosenOver = rest.map(
    ({ candidate, valid }) => `chosen over "${candidate.header}": ${versus(valid)}`,
  );
  return [
    asWinner(first.candidate, chosenOver.join("; ") || undefined),
    ...rest.map(({ candidate, valid }) =>
      asLoser(candidate, `email went to "${first.candidate.header}": ${versus(valid)}`),
    ),
  ];
}

/**
 * Shares standard fields out among detected columns, one column per field: a field the explicit
 * mapping already uses goes to nobody else; otherwise header aliases beat values, a stronger alias
 * beats a weaker one, and email goes by valid addresses. Losers stay custom fields, saying why.
 */
export function resolveCandidates(
  candidates: readonly Candidate[],
  explicitOwners: ReadonlyMap<StandardField, string>,
  sampleRows: readonly (readonly string[])[],
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
      const reason = `the mapping sends "${owner}" to ${field}`;
      columns.push(...group.map((candidate) => asLoser(candidate, reason)));
    } else if (field === "email") {
      columns.push(...resolveEmail(group, sampleRows));
    } else {
      const [winner, ...rest] = [...group].sort(byStrength);
      if (!winner) continue;
      columns.push(asWinner(winner));
      for (const loser of rest) {
        columns.push(asLoser(loser, `${field} went to "${winner.header}" (${why(winner, loser)})`));
      }
    }
  }
  return columns;
}

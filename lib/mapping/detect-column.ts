import type { StandardField } from "@/lib/fields/catalogue";
import type { DetectedColumn } from "./detect-mapping";
import { isGenericHeader } from "./header-aliases";
import { because, type MappingRule } from "./mapping-rules";
import { customTarget } from "./mapping-target";
import { type HeaderReading, isQualifierOnly, readHeader } from "./read-header";
import { describeSniff, sniffValues } from "./sniff-values";
import { describeIdentity, identifyValues } from "./value-identity";

/** A column detection would give a standard field, before fields are shared out (rule 5). */
export interface Candidate {
  index: number;
  header: string;
  field: StandardField;
  source: "alias" | "values";
  /** The rule that made it a candidate. */
  rule: MappingRule;
  /** 0: the header names the lead's own value; 1: a second-best one; 2: only the values say so. */
  tier: 0 | 1 | 2;
  /** The header alias's rank (lower is stronger); Infinity for values. */
  rank: number;
  confidence: number;
  /** Why, without the rule's name: `header "Job Title" names jobTitle`. */
  detail: string;
  /** The column's sampled values, non-empty and trimmed. */
  values: readonly string[];
}

const CONFIDENCE = { notStandard: 0.9, default: 0.3, weak: 0.7 } as const;

export function customColumn(
  header: string,
  index: number,
  {
    rule,
    detail,
    source,
    confidence,
  }: Pick<DetectedColumn, "rule" | "source" | "confidence"> & {
    detail: string;
  },
): DetectedColumn {
  const reason = because(rule, `${detail}; kept as a custom field`);
  return { index, header, target: customTarget(header, index), source, rule, confidence, reason };
}

/** How sure a header reading is: the first spellings are the field's own name. */
function headerConfidence(rank: number, tier: 0 | 1): number {
  return tier === 1 ? CONFIDENCE.weak : Math.max(0.75, 0.95 - rank * 0.01);
}

function fromHeader(
  header: string,
  index: number,
  reading: Extract<HeaderReading, { kind: "field" }>,
  values: readonly string[],
): Candidate {
  const { field, rank, tier, grammar } = reading;
  const grammarNote = grammar.length > 0 ? ` (${grammar.join(", ")})` : "";
  return {
    index,
    header,
    field,
    source: "alias",
    rule: grammar.length > 0 ? "header-grammar" : "header-names-field",
    tier,
    rank,
    confidence: headerConfidence(rank, tier),
    detail: `header "${header}" names ${field}${grammarNote}`,
    values,
  };
}

/**
 * One column nobody mapped: a candidate for a standard field, or a custom field with its reason.
 * Values that identify a field (rule 3) come first, then the header (rules 1 and 4), then, where
 * the header is silent, the values (email from any header; other fields only from generic headers
 * and headers of qualifiers alone, like Freshsales' `Work` phone column).
 */
export function detectColumn(
  header: string,
  index: number,
  values: readonly string[],
): { candidate: Candidate } | { column: DetectedColumn } {
  const reading = readHeader(header);
  const identity = identifyValues(values);
  const isOtherParty = reading?.kind === "custom" && reading.isGrammar;
  const namedField = reading?.kind === "field" ? reading.field : undefined;
  if (identity?.kind === "linkedin-profiles" && !isOtherParty) {
    if (reading?.kind === "field" && reading.field === "linkedinUrl") {
      return { candidate: fromHeader(header, index, reading, values) };
    }
    const though = namedField ? `, though the header reads as ${namedField}` : "";
    const share = identity.matches / identity.sampled;
    return {
      candidate: {
        index,
        header,
        field: "linkedinUrl",
        source: "values",
        rule: "values-identify",
        tier: 2,
        rank: Number.POSITIVE_INFINITY,
        confidence: Math.round(share * 90) / 100,
        detail: `${describeIdentity(identity)}${though}`,
        values,
      },
    };
  }
  const isUrlField = namedField === "linkedinUrl" || namedField === "website";
  if (
    (identity?.kind === "linkedin-pages" && (isUrlField || reading === null)) ||
    (identity?.kind === "courtesy-titles" && namedField === "jobTitle")
  ) {
    const what = namedField ? `not ${namedField}` : "not a lead field";
    return {
      column: customColumn(header, index, {
        rule: "values-identify",
        source: "values",
        confidence: CONFIDENCE.notStandard,
        detail: `${describeIdentity(identity)}, ${what}`,
      }),
    };
  }
  if (reading?.kind === "field") return { candidate: fromHeader(header, index, reading, values) };
  if (reading?.kind === "custom") {
    return {
      column: customColumn(header, index, {
        rule: reading.isGrammar ? "header-grammar" : "not-a-lead-field",
        source: "alias",
        confidence: CONFIDENCE.notStandard,
        detail: `header "${header}" ${reading.reason}`,
      }),
    };
  }
  const isSilent = isGenericHeader(header) || isQualifierOnly(header);
  const sniff = sniffValues(values, isSilent ? undefined : ["email"]);
  if (sniff) {
    return {
      candidate: {
        index,
        header,
        field: sniff.field,
        source: "values",
        rule: "values-decide",
        tier: 2,
        rank: Number.POSITIVE_INFINITY,
        confidence: Math.round(sniff.share * 90) / 100,
        detail: describeSniff(sniff),
        values,
      },
    };
  }
  return {
    column: customColumn(header, index, {
      rule: "no-match",
      source: "default",
      confidence: CONFIDENCE.default,
      detail: "neither the header nor the values match a standard field",
    }),
  };
}

import type { StandardField } from "@/lib/fields/catalogue";
import { isGenericHeader, matchHeader } from "./header-aliases";
import { customTarget, isStandardTarget, type MappingTarget } from "./mapping-target";
import { matchMappingHeaders } from "./match-mapping-headers";
import { type Candidate, resolveCandidates } from "./resolve-candidates";
import { describeSniff, sampleColumn, sniffValues } from "./sniff-values";

export type MappingSource = "explicit" | "alias" | "values" | "default";

export interface DetectedColumn {
  index: number;
  header: string;
  target: MappingTarget;
  source: MappingSource;
  /** 0..1: how sure detection is of the target (1 for the client's own mapping). */
  confidence: number;
  /** One sentence a person can read: why this column went where it went. */
  reason: string;
}

export interface DetectedMapping {
  columns: DetectedColumn[];
  /** Header → target for every column: seed 001's `csvInfo.mapping`. */
  mapping: Record<string, MappingTarget>;
  emailColumn: number | null;
  /** Headers the explicit mapping names that the file does not have. */
  unknownColumns: string[];
}

const CONFIDENCE = { explicit: 1, notStandard: 0.9, default: 0.3 } as const;

/** How sure an alias match is: the first spellings are the field's own name. */
function aliasConfidence(rank: number, isNumbered: boolean): number {
  if (isNumbered) return 0.7;
  return Math.max(0.75, 0.95 - rank * 0.01);
}

function keptCustom(
  header: string,
  index: number,
  source: MappingSource,
  confidence: number,
  reason: string,
): DetectedColumn {
  return { index, header, target: customTarget(header, index), source, confidence, reason };
}

/**
 * The columns the explicit mapping names, in file order. When it sends two columns to one standard
 * field, the first column in the file gets it (the JSON object's key order is not something
 * clients control reliably); `tags` may repeat, since tag columns merge into one list.
 */
function followMapping(
  headers: readonly string[],
  targets: ReadonlyMap<number, MappingTarget>,
): { columns: DetectedColumn[]; owners: Map<StandardField, string> } {
  const columns: DetectedColumn[] = [];
  const owners = new Map<StandardField, string>();
  headers.forEach((header, index) => {
    const target = targets.get(index);
    if (target === undefined) return;
    const isClaimable = isStandardTarget(target) && target !== "tags";
    const owner = isClaimable ? owners.get(target) : undefined;
    if (owner !== undefined) {
      const reason = `the mapping also sends "${owner}" to ${target}, and the first column wins; kept as a custom field`;
      columns.push(keptCustom(header, index, "explicit", CONFIDENCE.explicit, reason));
      return;
    }
    if (isStandardTarget(target)) owners.set(target, header);
    const reason = "named by the mapping";
    columns.push({
      index,
      header,
      target,
      source: "explicit",
      confidence: CONFIDENCE.explicit,
      reason,
    });
  });
  return { columns, owners };
}

/** One column the mapping does not name: a candidate for a standard field, or a custom field. */
function detectColumn(
  header: string,
  index: number,
  sampleRows: readonly (readonly string[])[],
): { candidate: Candidate } | { column: DetectedColumn } {
  const match = matchHeader(header);
  if (match?.kind === "field") {
    const { field, rank } = match;
    const confidence = aliasConfidence(rank, match.isNumbered);
    const reason = `header "${header}" is an alias of ${field}`;
    return { candidate: { index, header, field, source: "alias", rank, confidence, reason } };
  }
  if (match?.kind === "custom") {
    const reason = `header "${header}" is ${match.reason}; kept as a custom field`;
    return { column: keptCustom(header, index, "alias", CONFIDENCE.notStandard, reason) };
  }
  const values = sampleColumn(sampleRows, index);
  const sniff = sniffValues(values, isGenericHeader(header) ? undefined : ["email"]);
  if (sniff) {
    return {
      candidate: {
        index,
        header,
        field: sniff.field,
        source: "values",
        rank: Number.POSITIVE_INFINITY,
        confidence: Math.round(sniff.share * 90) / 100,
        reason: describeSniff(sniff),
      },
    };
  }
  const reason = "neither the header nor the values match a standard field; kept as a custom field";
  return { column: keptCustom(header, index, "default", CONFIDENCE.default, reason) };
}

/**
 * Seeds' README, "CSV uploads": columns the explicit mapping names follow it; the others are
 * detected from their header, then from their values; the rest become custom fields under their
 * header. A standard field goes to one column at most, and the explicit mapping's choice wins.
 */
export function detectMapping(
  headers: readonly string[],
  sampleRows: readonly (readonly string[])[],
  explicit: Readonly<Record<string, MappingTarget>> = {},
): DetectedMapping {
  const { targets, unknownColumns } = matchMappingHeaders(headers, explicit);
  const followed = followMapping(headers, targets);
  const decided = new Map(followed.columns.map((column) => [column.index, column]));
  const candidates: Candidate[] = [];
  headers.forEach((header, index) => {
    if (targets.has(index)) return;
    const detected = detectColumn(header, index, sampleRows);
    if ("candidate" in detected) candidates.push(detected.candidate);
    else decided.set(index, detected.column);
  });
  for (const column of resolveCandidates(candidates, followed.owners, sampleRows)) {
    decided.set(column.index, column);
  }

  const columns = headers.map((_, index) => decided.get(index)).filter((c) => c !== undefined);
  return {
    columns,
    mapping: Object.fromEntries(columns.map((column) => [column.header, column.target])),
    emailColumn: columns.find((column) => column.target === "email")?.index ?? null,
    unknownColumns,
  };
}

import type { StandardField } from "@/lib/fields/catalogue";
import { type Candidate, customColumn, detectColumn } from "./detect-column";
import { because, type MappingRule } from "./mapping-rules";
import { isStandardTarget, type MappingTarget } from "./mapping-target";
import { matchMappingHeaders } from "./match-mapping-headers";
import { resolveCandidates } from "./resolve-candidates";
import { sampleColumn } from "./sniff-values";

export type MappingSource = "explicit" | "alias" | "values" | "default";

export interface DetectedColumn {
  index: number;
  header: string;
  target: MappingTarget;
  source: MappingSource;
  /** The rule that decided this column; its reason starts with the rule's name. */
  rule: MappingRule;
  /** 0..1: how sure detection is of the target (1 for the client's own mapping). */
  confidence: number;
  /** One sentence a person can read: which rule sent this column where, and why. */
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

/** Rows the server and the wizard both detect from (the first ones of the file). */
export const MAPPING_SAMPLE_ROWS = 200;

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
      const detail = `the mapping also sends "${owner}" to ${target}, and the first column wins`;
      const column = customColumn(header, index, {
        rule: "mapping",
        source: "explicit",
        confidence: 1,
        detail,
      });
      columns.push(column);
      return;
    }
    if (isStandardTarget(target)) owners.set(target, header);
    const reason = because("mapping", "named by the mapping");
    columns.push({
      index,
      header,
      target,
      source: "explicit",
      rule: "mapping",
      confidence: 1,
      reason,
    });
  });
  return { columns, owners };
}

/**
 * Seeds' README, "CSV uploads": columns the explicit mapping names follow it; the others are
 * detected by the rules of MAPPING_RULES (values that identify a field, then the header and its
 * grammar, then the values); the rest become custom fields under their header. A standard field
 * goes to one column at most, and the explicit mapping's choice wins. The server and the wizard
 * both call this with the file's first rows, so they detect the same mapping.
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
  const sample = sampleRows.slice(0, MAPPING_SAMPLE_ROWS);
  headers.forEach((header, index) => {
    if (targets.has(index)) return;
    const detected = detectColumn(header, index, sampleColumn(sample, index));
    if ("candidate" in detected) candidates.push(detected.candidate);
    else decided.set(index, detected.column);
  });
  for (const column of resolveCandidates(candidates, followed.owners, sample.length)) {
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

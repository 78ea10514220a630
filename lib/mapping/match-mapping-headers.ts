import type { MappingTarget } from "./mapping-target";

export interface MatchedMapping {
  /** Column index → the target the mapping gives it. */
  targets: Map<number, MappingTarget>;
  /** Keys of the mapping that name no column of the file, in the mapping's order. */
  unknownColumns: string[];
}

function looseKey(header: string): string {
  return header.trim().toLowerCase();
}

/**
 * Finds the columns an explicit mapping names. A key matches its header exactly; failing that, a
 * header that differs only in case or surrounding spaces (spreadsheets add trailing spaces that a
 * client typing the mapping cannot see). A key matches every column with that header.
 */
export function matchMappingHeaders(
  headers: readonly string[],
  explicit: Readonly<Record<string, MappingTarget>>,
): MatchedMapping {
  const targets = new Map<number, MappingTarget>();
  const unmatched: Array<[string, MappingTarget]> = [];
  for (const [key, target] of Object.entries(explicit)) {
    let found = false;
    headers.forEach((header, index) => {
      if (header === key) {
        targets.set(index, target);
        found = true;
      }
    });
    if (!found) unmatched.push([key, target]);
  }
  const unknownColumns: string[] = [];
  for (const [key, target] of unmatched) {
    const index = headers.findIndex(
      (header, at) => !targets.has(at) && looseKey(header) === looseKey(key),
    );
    if (index === -1) unknownColumns.push(key);
    else targets.set(index, target);
  }
  return { targets, unknownColumns };
}

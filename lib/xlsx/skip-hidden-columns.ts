import type { DetectedMapping } from "@/lib/mapping/detect-mapping";

/**
 * Columns a workbook hides are its writer's bookkeeping more often than lead data (Dynamics 365
 * hides a record id, a checksum and a timestamp in every export): a hidden column that would only
 * become a custom field is left out. One that maps to a lead field, or that the client's mapping
 * names, is kept.
 */
export function skipHiddenColumns(
  detected: DetectedMapping,
  hiddenColumns: readonly number[],
): DetectedMapping {
  if (hiddenColumns.length === 0) return detected;
  const hidden = new Set(hiddenColumns);
  const columns = detected.columns.map((column) =>
    hidden.has(column.index) && column.source !== "explicit" && column.target.startsWith("custom:")
      ? {
          ...column,
          target: "skip" as const,
          reason:
            "hidden in the workbook and not a lead field; left out (name it in the mapping to keep it)",
        }
      : column,
  );
  return {
    ...detected,
    columns,
    mapping: Object.fromEntries(columns.map((column) => [column.header, column.target])),
  };
}

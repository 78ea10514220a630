import { FIELD_LABELS, isStandardField } from "@/lib/fields/catalogue";
import type { MappingSource } from "@/lib/mapping/detect-mapping";
import type { MappingTarget } from "@/lib/mapping/mapping-target";

export function targetLabel(target: MappingTarget): string {
  if (target === "skip") return "Skip";
  if (target.startsWith("custom:")) return `Custom field “${target.slice("custom:".length)}”`;
  return isStandardField(target) ? FIELD_LABELS[target] : target;
}

export const SOURCE_LABELS: Record<MappingSource, string> = {
  explicit: "saved mapping",
  alias: "header",
  values: "values",
  default: "no match",
};

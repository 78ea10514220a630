import { FIELD_LABELS, type StandardField } from "@/lib/fields/catalogue";
import type { MappedColumn } from "@/lib/leads/leads-from-rows";
import type { DetectedColumn } from "@/lib/mapping/detect-mapping";
import type { MappingTarget } from "@/lib/mapping/mapping-target";

export type ChoiceKind = "field" | "custom" | "skip";

/** One column as the mapping step edits it; the custom name survives switching kinds. */
export interface ColumnChoice {
  index: number;
  header: string;
  kind: ChoiceKind;
  field: StandardField;
  customName: string;
  detected: DetectedColumn;
}

export const NO_EMAIL_MESSAGE = "Choose the column that holds email addresses";

export function choiceFromDetected(column: DetectedColumn): ColumnChoice {
  const base = { index: column.index, header: column.header, detected: column };
  const target = column.target;
  if (target === "skip")
    return { ...base, kind: "skip", field: "email", customName: column.header };
  if (target.startsWith("custom:")) {
    const customName = target.slice("custom:".length);
    return { ...base, kind: "custom", field: "email", customName };
  }
  return { ...base, kind: "field", field: target as StandardField, customName: column.header };
}

export function targetOf(choice: ColumnChoice): MappingTarget {
  if (choice.kind === "skip") return "skip";
  if (choice.kind === "custom") return `custom:${choice.customName.trim()}`;
  return choice.field;
}

export function mappedColumns(choices: readonly ColumnChoice[]): MappedColumn[] {
  return choices.map((choice) => ({ index: choice.index, target: targetOf(choice) }));
}

/** Header → target, as `imports.start` and `imports.saveMapping` take it. */
export function mappingRecord(choices: readonly ColumnChoice[]): Record<string, string> {
  return Object.fromEntries(choices.map((choice) => [choice.header, targetOf(choice)]));
}

function groupBy(choices: readonly ColumnChoice[], keyOf: (choice: ColumnChoice) => string | null) {
  const groups = new Map<string, ColumnChoice[]>();
  for (const choice of choices) {
    const key = keyOf(choice);
    if (key === null) continue;
    groups.set(key, [...(groups.get(key) ?? []), choice]);
  }
  return groups;
}

const quoted = (choices: readonly ColumnChoice[]) =>
  choices.map((choice) => `"${choice.header}"`).join(", ");

/** Why the mapping cannot be used yet; empty when it can. */
export function mappingProblems(choices: readonly ColumnChoice[]): string[] {
  const problems: string[] = [];
  if (!choices.some((choice) => choice.kind === "field" && choice.field === "email")) {
    problems.push(NO_EMAIL_MESSAGE);
  }
  const byField = groupBy(choices, (choice) =>
    choice.kind === "field" && choice.field !== "tags" ? choice.field : null,
  );
  for (const [field, group] of byField) {
    if (group.length < 2) continue;
    const label = FIELD_LABELS[field as StandardField];
    problems.push(`${label} is chosen for ${group.length} columns (${quoted(group)}): keep one`);
  }
  for (const choice of choices) {
    if (choice.kind === "custom" && choice.customName.trim() === "") {
      problems.push(`Give the custom field for column "${choice.header}" a name`);
    }
  }
  const byCustom = groupBy(choices, (choice) =>
    choice.kind === "custom" && choice.customName.trim() !== ""
      ? choice.customName.trim().toLowerCase()
      : null,
  );
  for (const group of byCustom.values()) {
    if (group.length < 2) continue;
    const name = group[0]?.customName.trim();
    problems.push(`Columns ${quoted(group)} would all be saved as custom field "${name}"`);
  }
  return problems;
}

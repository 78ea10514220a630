import type { LeadRecord, StringField } from "@/lib/fields/catalogue";
import type { MappingTarget } from "@/lib/mapping/mapping-target";
import { emptyFieldMap } from "./field-map";
import { normalizeEmailStatus } from "./normalize-email-status";

export interface MappedColumn {
  index: number;
  target: MappingTarget;
}

type Apply = (record: LeadRecord, value: string) => void;

/**
 * Tag lists as exports write them: `a, b`, `a; b`, `a|b`, Google Contacts' `a ::: b`, and
 * Mailchimp's quoted `"a","b"`.
 */
const TAG_SEPARATOR = /[,;|]|:::/;
const WRAPPING_QUOTES = /^"(.*)"$/;

function applierFor(target: MappingTarget): Apply | null {
  if (target === "skip") return null;
  if (target.startsWith("custom:")) {
    const name = target.slice("custom:".length);
    return (record, value) => {
      record.customFields ??= emptyFieldMap();
      record.customFields[name] = value;
    };
  }
  if (target === "tags") {
    return (record, value) => {
      const tags = value
        .split(TAG_SEPARATOR)
        .map((tag) => tag.trim().replace(WRAPPING_QUOTES, "$1").trim())
        .filter(Boolean);
      if (tags.length > 0) record.tags = [...(record.tags ?? []), ...tags];
    };
  }
  if (target === "emailStatus") {
    return (record, value) => {
      const status = normalizeEmailStatus(value);
      if (status) record.emailStatus = status;
    };
  }
  const field = target as StringField;
  return (record, value) => {
    record[field] = value;
  };
}

/** Rows of a parsed CSV as engine records, following the mapping; blank cells are left out. */
export function leadsFromRows(
  rows: readonly string[][],
  columns: readonly MappedColumn[],
): LeadRecord[] {
  const plan: Array<{ index: number; apply: Apply }> = [];
  for (const column of columns) {
    const apply = applierFor(column.target);
    if (apply) plan.push({ index: column.index, apply });
  }
  return rows.map((row) => {
    const record: LeadRecord = {};
    for (const { index, apply } of plan) {
      const value = row[index];
      if (value !== undefined && value.trim() !== "") apply(record, value);
    }
    return record;
  });
}

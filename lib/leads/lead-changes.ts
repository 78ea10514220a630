import { STRING_FIELDS } from "@/lib/fields/catalogue";
import type { Lead } from "@/lib/schemas/lead";

type Value = string | string[] | null;

/** A field's value before and after an edit; custom fields are keyed `custom:<name>`. */
export type LeadChanges = Record<string, { from: Value; to: Value }>;

const CUSTOM_PREFIX = "custom:";

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, i) => tag === b[i]);
}

/** What an edit changed, field by field; unchanged fields are left out. */
export function leadChanges(before: Lead, after: Lead): LeadChanges {
  const changes: LeadChanges = {};
  for (const field of STRING_FIELDS) {
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (from !== to) changes[field] = { from, to };
  }
  if (!sameTags(before.tags, after.tags)) changes.tags = { from: before.tags, to: after.tags };
  const names = new Set([...Object.keys(before.customFields), ...Object.keys(after.customFields)]);
  for (const name of names) {
    const from = before.customFields[name] ?? null;
    const to = after.customFields[name] ?? null;
    if (from !== to) changes[`${CUSTOM_PREFIX}${name}`] = { from, to };
  }
  return changes;
}

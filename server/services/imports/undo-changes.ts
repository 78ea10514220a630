import type { leads } from "@/db/schema";
import type { LeadChanges } from "@/lib/leads/lead-changes";
import { LEAD_TEXT_COLUMNS } from "@/server/services/leads/lead-columns";

type LeadRow = typeof leads.$inferSelect;
/** A lead's prior as its import's batch recorded it (see `batch-record.ts`). */
export type LeadPrior = Record<string, unknown>;

/** The recorded columns a person edits, by the field name the API and the history use. */
const FIELD_OF_COLUMN: ReadonlyMap<string, keyof LeadRow> = new Map<string, keyof LeadRow>([
  ["email", "email"],
  ["email_status", "emailStatus"],
  ...LEAD_TEXT_COLUMNS.map(([field, column]) => [column, field] as [string, keyof LeadRow]),
]);

/** The fields an import changed on a lead, by the names the history shows (`custom:<name>`). */
export function priorFields(prior: LeadPrior): string[] {
  const fields: string[] = [];
  for (const column of Object.keys(prior)) {
    const field = FIELD_OF_COLUMN.get(column);
    if (field) fields.push(field);
  }
  if (prior["tags+"]) fields.push("tags");
  const custom = prior.custom;
  if (custom && typeof custom === "object") {
    fields.push(...Object.keys(custom).map((name) => `custom:${name}`));
  }
  return fields;
}

/**
 * What undoing an import would set on this lead, field by field, in the lead history's format
 * (`from` what it has now, `to` what undo gives back). Bookkeeping columns (`updated_at`, the
 * import that last wrote it, `deleted_at`) are left out: they are not the user's data.
 */
export function undoChanges(prior: LeadPrior, lead: LeadRow): LeadChanges {
  const changes: LeadChanges = {};
  for (const [column, recorded] of Object.entries(prior)) {
    const field = FIELD_OF_COLUMN.get(column);
    if (!field) continue;
    const from = (lead[field] as string | null) ?? null;
    const to = (recorded as string | null) ?? null;
    if (from !== to) changes[field] = { from, to };
  }
  const added = prior["tags+"];
  if (Array.isArray(added)) {
    const to = lead.tags.filter((tag) => !added.includes(tag));
    if (to.length !== lead.tags.length) changes.tags = { from: lead.tags, to };
  }
  const custom = prior.custom;
  if (custom && typeof custom === "object") {
    for (const [name, recorded] of Object.entries(custom)) {
      const from = lead.customFields[name] ?? null;
      const to = (recorded as string | null) ?? null;
      if (from !== to) changes[`custom:${name}`] = { from, to };
    }
  }
  return changes;
}

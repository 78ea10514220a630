import { z } from "zod";
import { FIELD_LABELS, STRING_FIELDS } from "@/lib/fields/catalogue";
import { MAX_LEAD_COLUMNS } from "@/lib/limits";

/**
 * The columns the leads table can show: the full name, every standard field, the creation date,
 * and any custom field as `custom:<name>` (the mapping's own spelling). A member's pick is
 * stored as these ids.
 */
export const CUSTOM_COLUMN_PREFIX = "custom:";

export const STANDARD_LEAD_COLUMNS = ["name", ...STRING_FIELDS, "tags", "createdAt"] as const;
export type StandardLeadColumn = (typeof STANDARD_LEAD_COLUMNS)[number];

export const DEFAULT_LEAD_COLUMNS: readonly string[] = [
  "email",
  "name",
  "companyName",
  "jobTitle",
  "country",
  "emailStatus",
  "tags",
  "createdAt",
];

export const leadColumnsSchema = z
  .array(z.string().min(1).max(200))
  .max(MAX_LEAD_COLUMNS)
  .refine((ids) => ids.every(isLeadColumn), { message: "unknown column" });

export function customColumnId(name: string): string {
  return `${CUSTOM_COLUMN_PREFIX}${name}`;
}

export function customFieldOf(id: string): string | null {
  return id.startsWith(CUSTOM_COLUMN_PREFIX) ? id.slice(CUSTOM_COLUMN_PREFIX.length) : null;
}

export function isLeadColumn(id: string): boolean {
  return (
    (STANDARD_LEAD_COLUMNS as readonly string[]).includes(id) ||
    (customFieldOf(id) ?? "").length > 0
  );
}

export function columnLabel(id: string): string {
  const custom = customFieldOf(id);
  if (custom !== null) return custom;
  if (id === "createdAt") return "Created";
  if (id === "name") return "Name";
  return FIELD_LABELS[id as keyof typeof FIELD_LABELS] ?? id;
}

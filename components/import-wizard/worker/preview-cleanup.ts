import { cleanLead } from "@/lib/cleanup/clean-lead";
import type { LeadRecord } from "@/lib/fields/catalogue";
import { FIELD_LABELS, isStandardField } from "@/lib/fields/catalogue";
import type { CleanupChange, CleanupPreview } from "./worker-protocol";

/** Rows shown in the before/after table; enough to see each rule at work, few enough to read. */
const SHOWN_ROWS = 5;

function fieldLabel(key: string): string {
  return isStandardField(key) ? FIELD_LABELS[key] : key;
}

function flatten(record: LeadRecord): Map<string, string> {
  const values = new Map<string, string>();
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === "string") values.set(fieldLabel(key), value);
    else if (Array.isArray(value)) values.set(fieldLabel(key), value.join(", "));
    else if (key === "customFields" && value) {
      for (const [name, custom] of Object.entries(value)) values.set(name, custom);
    }
  }
  return values;
}

/** What `dataCleanup` would change in these records, the first rows with a change listed. */
export function previewCleanup(
  records: readonly LeadRecord[],
  rowNumberOf: (index: number) => number,
  defaultCountry: string | undefined,
): CleanupPreview {
  const changes: CleanupChange[] = [];
  let changedRows = 0;
  records.forEach((record, index) => {
    const before = flatten(record);
    const after = flatten(cleanLead(record, { defaultCountry }));
    const rowChanges: CleanupChange[] = [];
    for (const [field, value] of before) {
      const cleaned = after.get(field) ?? "";
      if (cleaned !== value) {
        rowChanges.push({ row: rowNumberOf(index), field, before: value, after: cleaned });
      }
    }
    if (rowChanges.length === 0) return;
    changedRows += 1;
    if (changedRows <= SHOWN_ROWS) changes.push(...rowChanges);
  });
  return { changes, scannedRows: records.length, changedRows };
}

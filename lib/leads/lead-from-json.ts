import { type LeadRecord, STRING_FIELDS, type StringField } from "@/lib/fields/catalogue";
import type { LeadInput } from "@/lib/schemas/lead";
import { emptyFieldMap } from "./field-map";

/** Seed 003 spells two fields differently; the API's own names win when both are sent. */
const JSON_ALIASES: ReadonlyMap<string, StringField> = new Map([
  ["company", "companyName"],
  ["title", "jobTitle"],
]);

const STRING_KEYS: ReadonlySet<string> = new Set(STRING_FIELDS);

/** Turns a validated JSON lead into the engine's record; unknown keys become custom fields. */
export function leadFromJson(input: LeadInput): LeadRecord {
  const record: LeadRecord = {};
  const customFields = emptyFieldMap();
  for (const [key, value] of Object.entries(input)) {
    if (value === null || value === undefined) continue;
    if (STRING_KEYS.has(key)) {
      record[key as StringField] = String(value);
    } else if (JSON_ALIASES.has(key)) {
      const field = JSON_ALIASES.get(key) as StringField;
      if (input[field] === undefined || input[field] === null) record[field] = String(value);
    } else if (key === "tags" && Array.isArray(value)) {
      record.tags = value;
    } else if (key === "customFields" && typeof value === "object") {
      for (const [name, custom] of Object.entries(value as Record<string, unknown>)) {
        if (custom !== null && custom !== undefined) customFields[name] = String(custom);
      }
    } else {
      customFields[key] = String(value);
    }
  }
  if (Object.keys(customFields).length > 0) record.customFields = customFields;
  return record;
}

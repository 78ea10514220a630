import { echoableText, hasUnstorableCharacter } from "@/lib/cleanup/storable-text";
import { type LeadRecord, STRING_FIELDS, type StringField } from "@/lib/fields/catalogue";
import {
  formatLimit,
  MAX_CUSTOM_FIELD_NAME_LENGTH,
  MAX_CUSTOM_FIELD_VALUE_LENGTH,
  MAX_CUSTOM_FIELDS,
  MAX_LEAD_CHARACTERS,
  MAX_NOTES_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TEXT_FIELD_LENGTH,
  MAX_URL_LENGTH,
} from "@/lib/limits";

/** The longest each standard field may be; an email's own rule (254) is checked with its format. */
function maxLengthOf(field: StringField): number {
  if (field === "notes") return MAX_NOTES_LENGTH;
  if (field === "website" || field === "linkedinUrl") return MAX_URL_LENGTH;
  return MAX_TEXT_FIELD_LENGTH;
}

/** A name as a message quotes it: cut short, and safe to store in an import's record. */
function quoted(name: string): string {
  const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
  return JSON.stringify(echoableText(shown));
}

const tooLong = (what: string, limit: number) =>
  `${what} is longer than ${formatLimit(limit)} characters`;
const unstorable = (what: string) =>
  `${what} holds a character that cannot be stored (NUL or an unpaired surrogate)`;

/**
 * Why a row cannot become a lead, in words its sender can act on, or null: a field over its
 * limit, too many custom fields or tags, or (with cleanup off, which would otherwise remove them)
 * a character PostgreSQL cannot store. Checked on each row before any reaches the database, so a
 * bad row fails alone instead of failing its whole batch.
 */
export function leadProblem(record: LeadRecord, options: { dataCleanup: boolean }): string | null {
  const isStrict = !options.dataCleanup;
  let total = 0;
  for (const field of STRING_FIELDS) {
    const value = record[field];
    if (value === undefined) continue;
    if (field !== "email" && value.length > maxLengthOf(field)) {
      return tooLong(quoted(field), maxLengthOf(field));
    }
    if (isStrict && hasUnstorableCharacter(value)) return unstorable(quoted(field));
    total += value.length;
  }
  const custom = Object.entries(record.customFields ?? {});
  if (custom.length > MAX_CUSTOM_FIELDS) {
    return `More than ${formatLimit(MAX_CUSTOM_FIELDS)} custom fields`;
  }
  for (const [name, value] of custom) {
    const field = `Custom field ${quoted(name)}`;
    if (name.length > MAX_CUSTOM_FIELD_NAME_LENGTH) {
      return `${field}: its name is longer than ${formatLimit(MAX_CUSTOM_FIELD_NAME_LENGTH)} characters`;
    }
    if (value.length > MAX_CUSTOM_FIELD_VALUE_LENGTH) {
      return tooLong(field, MAX_CUSTOM_FIELD_VALUE_LENGTH);
    }
    if (isStrict && (hasUnstorableCharacter(name) || hasUnstorableCharacter(value))) {
      return unstorable(field);
    }
    total += name.length + value.length;
  }
  const tags = record.tags ?? [];
  if (tags.length > MAX_TAGS) return `More than ${formatLimit(MAX_TAGS)} tags`;
  for (const tag of tags) {
    if (tag.length > MAX_TAG_LENGTH) return tooLong(`Tag ${quoted(tag)}`, MAX_TAG_LENGTH);
    if (isStrict && hasUnstorableCharacter(tag)) return unstorable(`Tag ${quoted(tag)}`);
    total += tag.length;
  }
  if (total > MAX_LEAD_CHARACTERS)
    return tooLong("The lead, all fields together,", MAX_LEAD_CHARACTERS);
  return null;
}

import { type EmailStatus, STRING_FIELDS, type StringField } from "@/lib/fields/catalogue";
import type { Lead, LeadInput } from "@/lib/schemas/lead";

/** A lead's edit form: every field as typed, tags comma-separated, custom fields as rows. */
export interface LeadDraft {
  fields: Record<Exclude<StringField, "emailStatus">, string>;
  emailStatus: EmailStatus;
  tags: string;
  customFields: Array<{ name: string; value: string }>;
}

export const TEXT_FIELDS = STRING_FIELDS.filter(
  (field): field is Exclude<StringField, "emailStatus"> => field !== "emailStatus",
);

export function draftOf(lead: Lead): LeadDraft {
  const fields = Object.fromEntries(
    TEXT_FIELDS.map((field) => [field, lead[field] ?? ""]),
  ) as LeadDraft["fields"];
  return {
    fields,
    emailStatus: lead.emailStatus,
    tags: lead.tags.join(", "),
    customFields: Object.entries(lead.customFields).map(([name, value]) => ({ name, value })),
  };
}

function tagsOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(",")
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * The PATCH body that turns the lead into the draft: only what changed, an emptied field as
 * null (PATCH clears it), a removed custom field as null; null when nothing changed.
 */
export function patchOf(lead: Lead, draft: LeadDraft): LeadInput | null {
  const patch: LeadInput = {};
  for (const field of TEXT_FIELDS) {
    const value = draft.fields[field].trim();
    if (value !== (lead[field] ?? "")) patch[field] = value || null;
  }
  if (draft.emailStatus !== lead.emailStatus) patch.emailStatus = draft.emailStatus;
  const tags = tagsOf(draft.tags);
  if (tags.join("\n") !== lead.tags.join("\n")) patch.tags = tags;
  const customFields: Record<string, string | null> = {};
  const kept = new Map(
    draft.customFields
      .map(({ name, value }) => [name.trim(), value.trim()] as const)
      .filter(([name, value]) => name && value),
  );
  for (const name of Object.keys(lead.customFields)) {
    if (!kept.has(name)) customFields[name] = null;
  }
  for (const [name, value] of kept) {
    if (lead.customFields[name] !== value) customFields[name] = value;
  }
  if (Object.keys(customFields).length > 0) patch.customFields = customFields;
  return Object.keys(patch).length > 0 ? patch : null;
}

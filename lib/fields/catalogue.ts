/**
 * The standard lead fields of the API (seeds' README, "Leads"). Everything else a client sends
 * becomes a custom field.
 */
export const STRING_FIELDS = [
  "email",
  "firstName",
  "lastName",
  "companyName",
  "jobTitle",
  "phone",
  "linkedinUrl",
  "website",
  "city",
  "state",
  "country",
  "timezone",
  "notes",
  "source",
  "status",
  "emailStatus",
] as const;

export type StringField = (typeof STRING_FIELDS)[number];
export type StandardField = StringField | "tags";

export const STANDARD_FIELDS: readonly StandardField[] = [...STRING_FIELDS, "tags"];

export const EMAIL_STATUSES = ["unverified", "valid", "invalid", "risky", "unknown"] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

export const FIELD_LABELS: Record<StandardField, string> = {
  email: "Email",
  firstName: "First name",
  lastName: "Last name",
  companyName: "Company",
  jobTitle: "Job title",
  phone: "Phone",
  linkedinUrl: "LinkedIn URL",
  website: "Website",
  city: "City",
  state: "State / region",
  country: "Country",
  timezone: "Time zone",
  notes: "Notes",
  source: "Source",
  status: "Status",
  emailStatus: "Email status",
  tags: "Tags",
};

/** A lead as the import engine takes it: standard fields plus custom fields, all strings. */
export type LeadRecord = Partial<Record<StringField, string>> & {
  tags?: string[];
  customFields?: Record<string, string>;
};

export function isStandardField(name: string): name is StandardField {
  return (STANDARD_FIELDS as readonly string[]).includes(name);
}

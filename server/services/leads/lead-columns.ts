import type { StringField } from "@/lib/fields/catalogue";

/** Standard string fields and their columns; `email` and `emailStatus` are handled on their own. */
export const LEAD_TEXT_COLUMNS: ReadonlyArray<readonly [StringField, string]> = [
  ["firstName", "first_name"],
  ["lastName", "last_name"],
  ["companyName", "company_name"],
  ["jobTitle", "job_title"],
  ["phone", "phone"],
  ["linkedinUrl", "linkedin_url"],
  ["website", "website"],
  ["city", "city"],
  ["state", "state"],
  ["country", "country"],
  ["timezone", "timezone"],
  ["notes", "notes"],
  ["source", "source"],
  ["status", "status"],
];

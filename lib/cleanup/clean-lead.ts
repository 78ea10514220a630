import type { CountryCode } from "libphonenumber-js";
import type { LeadRecord } from "@/lib/fields/catalogue";
import { emptyFieldMap } from "@/lib/leads/field-map";
import { countryToRegion } from "./country";
import { cleanEmail } from "./email";
import { cleanLinkedinUrl } from "./linkedin-url";
import { cleanCompanyName, cleanPersonName } from "./name";
import { cleanPhone } from "./phone";
import { storableText } from "./storable-text";
import { cleanWebsite } from "./website";

export interface CleanLeadOptions {
  /** The request's `defaultCountry`: the phone region when the lead's own country gives none. */
  defaultCountry?: string;
}

const WHITESPACE = /\s+/g;

function cleanField(field: string, value: string, region: CountryCode | undefined): string {
  switch (field) {
    case "email":
      return cleanEmail(value);
    case "phone":
      return cleanPhone(value, region);
    case "linkedinUrl":
      return cleanLinkedinUrl(value);
    case "firstName":
    case "lastName":
      return cleanPersonName(value);
    case "companyName":
      return cleanCompanyName(value);
    case "website":
      return cleanWebsite(value);
    case "notes":
      return value.trim();
    default:
      return value.replace(WHITESPACE, " ").trim();
  }
}

function trimCustomFields(fields: Record<string, string>): Record<string, string> | undefined {
  let trimmed: Record<string, string> | undefined;
  for (const name in fields) {
    const value = fields[name];
    const kept = typeof value === "string" ? storableText(value).trim() : value;
    if (kept === "" || kept === undefined) continue;
    trimmed ??= emptyFieldMap();
    trimmed[storableText(name)] = kept;
  }
  return trimmed;
}

/**
 * The `dataCleanup` rules of the seeds' README ("Leads") over one lead, as a new record: a field
 * left empty by cleanup is dropped, so an update never blanks a stored value with it. Every text,
 * custom fields and tags included, first loses what cannot or should not be stored (storableText).
 */
export function cleanLead(lead: LeadRecord, options: CleanLeadOptions): LeadRecord {
  const region = lead.phone
    ? (countryToRegion(lead.country) ?? countryToRegion(options.defaultCountry))
    : undefined;
  const cleaned: Record<string, unknown> = {};
  for (const key in lead) {
    const value: unknown = lead[key as keyof LeadRecord];
    if (typeof value === "string") {
      const kept = cleanField(key, storableText(value), region);
      if (kept) cleaned[key] = kept;
    } else if (key === "customFields" && value) {
      const fields = trimCustomFields(value as Record<string, string>);
      if (fields) cleaned[key] = fields;
    } else if (Array.isArray(value)) {
      cleaned[key] = value.map(storableText);
    } else if (value !== undefined) {
      cleaned[key] = value;
    }
  }
  return cleaned as LeadRecord;
}

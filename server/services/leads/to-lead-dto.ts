import type { leads } from "@/db/schema";
import type { EmailStatus } from "@/lib/fields/catalogue";
import type { Lead } from "@/lib/schemas/lead";

type LeadRow = typeof leads.$inferSelect;

export function toLeadDto(row: LeadRow): Lead {
  return {
    id: row.id,
    email: row.email,
    firstName: row.firstName,
    lastName: row.lastName,
    companyName: row.companyName,
    jobTitle: row.jobTitle,
    phone: row.phone,
    linkedinUrl: row.linkedinUrl,
    website: row.website,
    city: row.city,
    state: row.state,
    country: row.country,
    timezone: row.timezone,
    notes: row.notes,
    source: row.source,
    status: row.status,
    emailStatus: row.emailStatus as EmailStatus,
    tags: row.tags,
    customFields: row.customFields,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

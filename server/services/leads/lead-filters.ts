import { and, arrayOverlaps, eq, ilike, inArray, isNull, or, type SQL } from "drizzle-orm";
import { leads } from "@/db/schema";
import type { LeadFilters } from "@/lib/schemas/lead";

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The conditions of a lead filter in one workspace; soft-deleted leads never match. */
export function leadFilterCondition(workspaceId: string, filters: LeadFilters): SQL {
  const conditions: (SQL | undefined)[] = [
    eq(leads.workspaceId, workspaceId),
    isNull(leads.deletedAt),
  ];
  if (filters.tags?.length) conditions.push(arrayOverlaps(leads.tags, filters.tags));
  if (filters.emailStatus?.length) conditions.push(inArray(leads.emailStatus, filters.emailStatus));
  if (filters.country?.length) conditions.push(inArray(leads.country, filters.country));
  if (filters.leadIds?.length) conditions.push(inArray(leads.id, filters.leadIds));
  if (filters.importId) conditions.push(eq(leads.lastImportId, filters.importId));
  if (filters.search) {
    const pattern = likePattern(filters.search);
    conditions.push(
      or(
        ilike(leads.emailKey, pattern),
        ilike(leads.firstName, pattern),
        ilike(leads.lastName, pattern),
        ilike(leads.companyName, pattern),
      ),
    );
  }
  return and(...conditions) as SQL;
}

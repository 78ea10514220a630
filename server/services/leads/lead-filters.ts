import {
  and,
  arrayOverlaps,
  eq,
  gte,
  ilike,
  inArray,
  isNull,
  lt,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import { campaignLeads, leadSearchText, leads, SEARCH_TEXT_SEPARATOR } from "@/db/schema";
import type { LeadFilters } from "@/lib/schemas/lead-selection";

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** Membership of the lead row being filtered; another workspace's campaign holds none of them. */
function isInCampaign(campaignId: string): SQL {
  return sql`exists (select 1 from ${campaignLeads}
    where ${campaignLeads.workspaceId} = ${leads.workspaceId}
      and ${campaignLeads.campaignId} = ${campaignId}
      and ${campaignLeads.leadId} = ${leads.id})`;
}

/**
 * The leads an import created, restored, updated or tagged, as its own record keeps them
 * (`import_batches`), so a later import writing a lead does not take it out of the list.
 */
function wasWrittenBy(workspaceId: string, importId: string): SQL {
  return sql`${leads.id} in (
    select unnest(b.created) from import_batches b
    where b.workspace_id = ${workspaceId} and b.import_id = ${importId}
    union all
    select jsonb_object_keys(b.changed) from import_batches b
    where b.workspace_id = ${workspaceId} and b.import_id = ${importId} and b.changed is not null)`;
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
  if (filters.importId) conditions.push(wasWrittenBy(workspaceId, filters.importId));
  if (filters.campaignId) conditions.push(isInCampaign(filters.campaignId));
  if (filters.notInCampaignId) conditions.push(sql`not ${isInCampaign(filters.notInCampaignId)}`);
  if (filters.createdFrom) conditions.push(gte(leads.createdAt, new Date(filters.createdFrom)));
  if (filters.createdBefore) conditions.push(lt(leads.createdAt, new Date(filters.createdBefore)));
  if (filters.search) conditions.push(leadSearchCondition(filters.search));
  return and(...conditions) as SQL;
}

/**
 * Case-insensitive text in the email, a name or the company. Through the trigram index on their
 * joined text; a search holding the joining character (which no field's match could span) reads
 * the columns one by one instead.
 */
export function leadSearchCondition(search: string): SQL {
  const pattern = likePattern(search);
  if (!search.includes(SEARCH_TEXT_SEPARATOR)) return ilike(leadSearchText(leads), pattern);
  return or(
    ilike(leads.emailKey, pattern),
    ilike(leads.firstName, pattern),
    ilike(leads.lastName, pattern),
    ilike(leads.companyName, pattern),
  ) as SQL;
}

/** Whether a filter narrows anything down (an empty one would match every lead). */
export function hasFilterCondition(filters: LeadFilters): boolean {
  return Object.values(filters).some((value) =>
    Array.isArray(value) ? value.length > 0 : Boolean(value),
  );
}

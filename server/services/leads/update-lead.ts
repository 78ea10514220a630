import { and, eq, isNull, sql } from "drizzle-orm";
import { isUniqueViolation } from "@/db/database-errors";
import { leads } from "@/db/schema";
import { cleanLead } from "@/lib/cleanup/clean-lead";
import type { LeadRecord } from "@/lib/fields/catalogue";
import { emailIdentity } from "@/lib/leads/email-identity";
import { leadChanges } from "@/lib/leads/lead-changes";
import { leadFromJson } from "@/lib/leads/lead-from-json";
import { leadProblem } from "@/lib/leads/lead-problems";
import type { LeadInput } from "@/lib/schemas/lead";
import { ServiceError } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";
import { recordLeadEvent } from "@/server/services/lead-history/record-lead-events";
import { LEAD_TEXT_COLUMNS } from "./lead-columns";
import { toLeadDto } from "./to-lead-dto";

type LeadUpdate = Partial<typeof leads.$inferInsert>;

function buildUpdate(input: LeadInput, cleaned: LeadRecord): LeadUpdate {
  const update: LeadUpdate = { updatedAt: new Date() };
  const textFields = update as Record<string, string | null | undefined>;
  for (const [field] of LEAD_TEXT_COLUMNS) {
    if (input[field] === null) textFields[field] = null;
    else if (cleaned[field] !== undefined) textFields[field] = cleaned[field];
  }
  if (cleaned.email !== undefined) {
    // Already cleaned above: its identity is the cleaned address itself.
    const key = emailIdentity(cleaned.email, false);
    if (key === null) throw new ServiceError("VALIDATION_ERROR", "Invalid email format");
    update.email = cleaned.email;
    update.emailKey = key;
  }
  if (input.emailStatus !== undefined) update.emailStatus = input.emailStatus ?? "unverified";
  if (input.tags !== undefined) update.tags = cleaned.tags ?? [];
  return update;
}

/**
 * `PATCH /v1/leads/{id}` and the web app's edit: fields sent are overwritten (null clears one),
 * custom fields are merged (null removes a key), tags are replaced. A new email taken by another
 * active lead is a 409. What changed goes into the lead's history, in the same transaction.
 */
export async function updateLead({
  ctx,
  leadId,
  input,
}: {
  ctx: ServiceContext;
  leadId: string;
  input: LeadInput;
}) {
  if (input.email === null) throw new ServiceError("VALIDATION_ERROR", "Email is required");
  const sent = leadFromJson(input);
  const problem = leadProblem(sent, { dataCleanup: true });
  if (problem !== null) throw new ServiceError("VALIDATION_ERROR", problem);
  const cleaned = cleanLead(sent, {});
  const update = buildUpdate(input, cleaned);
  const removedKeys = Object.entries(input.customFields ?? {})
    .filter(([, value]) => value === null)
    .map(([key]) => key);
  const added = JSON.stringify(cleaned.customFields ?? {});
  const removed = JSON.stringify(removedKeys);
  // Drizzle types set() values as plain data; a SQL expression is what PostgreSQL needs here.
  update.customFields = sql`(${leads.customFields} || ${added}::jsonb)
    - array(select json_array_elements_text(${removed}::json))` as unknown as Record<
    string,
    string
  >;
  const isThisLead = and(
    eq(leads.workspaceId, ctx.workspaceId),
    eq(leads.id, leadId),
    isNull(leads.deletedAt),
  );
  try {
    return await ctx.db.transaction(async (tx) => {
      const [before] = await tx.select().from(leads).where(isThisLead).for("update");
      if (!before) throw new ServiceError("NOT_FOUND", "Lead not found");
      const [row] = await tx.update(leads).set(update).where(isThisLead).returning();
      if (!row) throw new ServiceError("NOT_FOUND", "Lead not found");
      const lead = toLeadDto(row);
      const changes = leadChanges(toLeadDto(before), lead);
      if (Object.keys(changes).length > 0) {
        await recordLeadEvent(tx, ctx, { leadId, kind: "edited", details: changes });
      }
      return lead;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ServiceError("CONFLICT", "Another lead already has this email");
    }
    throw error;
  }
}

import { failureMessage } from "@/lib/leads/failure-messages";
import { leadFromJson } from "@/lib/leads/lead-from-json";
import { DEFAULT_IMPORT_OPTIONS } from "@/lib/schemas/import-options";
import type { LeadInput } from "@/lib/schemas/lead";
import { ServiceError } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";
import { getLead } from "./get-lead";
import { importLeads } from "./import-leads";

/**
 * `POST /v1/leads`: one lead through the same engine as the bulk paths (cleanup, plan limit,
 * restore of a soft-deleted match); an active lead with the email is a 409.
 */
export async function createLead({ ctx, input }: { ctx: ServiceContext; input: LeadInput }) {
  const { outcomes } = await importLeads({
    ctx,
    pieces: [[leadFromJson(input)]],
    options: DEFAULT_IMPORT_OPTIONS,
  });
  const [outcome] = outcomes;
  switch (outcome?.kind) {
    case "created":
    case "restored":
      return getLead({ ctx, leadId: outcome.leadId });
    case "existing":
      throw new ServiceError("CONFLICT", "A lead with this email already exists", {
        leadId: outcome.leadId,
      });
    case "failed":
      throw new ServiceError("VALIDATION_ERROR", failureMessage(outcome));
    default:
      throw new Error(`unexpected outcome for a single lead: ${outcome?.kind}`);
  }
}

import { and, notInArray, type SQL } from "drizzle-orm";
import { leads } from "@/db/schema";
import type { LeadSelection } from "@/lib/schemas/lead-selection";
import { ServiceError } from "@/server/errors";
import { hasFilterCondition, leadFilterCondition } from "./lead-filters";

export const SELECTION_REQUIRED_MESSAGE = "Provide filters or selectAll: true";

/**
 * The SQL condition of a selection (seed 004's modes 2 and 3) in one workspace: the filter, or
 * every active lead, minus `excludeIds`. Statements put it in a WHERE, so a selection of 100,000
 * leads is still one statement.
 */
export function selectionCondition(workspaceId: string, selection: LeadSelection): SQL {
  const { filters, selectAll, excludeIds = [] } = selection;
  if (filters !== undefined && selectAll === true) {
    throw new ServiceError("VALIDATION_ERROR", "Provide only one of filters or selectAll");
  }
  let condition: SQL;
  if (filters !== undefined) {
    if (!hasFilterCondition(filters)) {
      throw new ServiceError(
        "VALIDATION_ERROR",
        "filters must have at least one condition; use selectAll: true for every lead",
      );
    }
    condition = leadFilterCondition(workspaceId, filters);
  } else if (selectAll === true) {
    condition = leadFilterCondition(workspaceId, {});
  } else {
    throw new ServiceError("VALIDATION_ERROR", SELECTION_REQUIRED_MESSAGE);
  }
  return excludeIds.length > 0
    ? (and(condition, notInArray(leads.id, excludeIds)) as SQL)
    : condition;
}

import { MAX_SELECTED_IDS } from "@/lib/limits";
import type { AddCampaignLeadsBody } from "@/lib/schemas/campaign";
import type { LeadFilters, LeadSelection } from "@/lib/schemas/lead-selection";
import { hasFilters } from "./lead-filter-form";

/**
 * What the user has ticked: some leads by id, or every lead the filter matches except some.
 * `none` is `some` with no ids. The server gets it as a seed 004 selection, never as a loop.
 */
export type SelectionState =
  | { kind: "some"; ids: readonly string[] }
  | { kind: "all"; excluded: readonly string[] };

export type SelectionAction =
  | { type: "toggle"; id: string; isChecked: boolean }
  | { type: "togglePage"; ids: readonly string[]; isChecked: boolean }
  | { type: "selectAllMatching" }
  | { type: "clear" };

export const NO_SELECTION: SelectionState = { kind: "some", ids: [] };

function withIds(list: readonly string[], ids: readonly string[], isIn: boolean): string[] {
  const set = new Set(list);
  for (const id of ids) {
    if (isIn) set.add(id);
    else set.delete(id);
  }
  return [...set];
}

export function selectionReducer(state: SelectionState, action: SelectionAction): SelectionState {
  switch (action.type) {
    case "toggle":
    case "togglePage": {
      const ids = action.type === "toggle" ? [action.id] : action.ids;
      return state.kind === "some"
        ? { kind: "some", ids: withIds(state.ids, ids, action.isChecked) }
        : { kind: "all", excluded: withIds(state.excluded, ids, !action.isChecked) };
    }
    case "selectAllMatching":
      return { kind: "all", excluded: [] };
    case "clear":
      return NO_SELECTION;
  }
}

export function isSelected(state: SelectionState, id: string): boolean {
  return state.kind === "some" ? state.ids.includes(id) : !state.excluded.includes(id);
}

/** How many leads the selection stands for, given how many the filter matches. */
export function selectedCount(state: SelectionState, matching: number): number {
  return state.kind === "some" ? state.ids.length : Math.max(0, matching - state.excluded.length);
}

/** More ids than one request may name: the user should select all matching instead. */
export function isOverIdLimit(state: SelectionState): boolean {
  return (state.kind === "some" ? state.ids.length : state.excluded.length) > MAX_SELECTED_IDS;
}

/** The selection for a bulk action or an export; null when nothing is selected. */
export function toLeadSelection(state: SelectionState, filters: LeadFilters): LeadSelection | null {
  if (state.kind === "some") {
    return state.ids.length > 0 ? { filters: { leadIds: [...state.ids] } } : null;
  }
  const excludeIds = state.excluded.length > 0 ? [...state.excluded] : undefined;
  return hasFilters(filters) ? { filters, excludeIds } : { selectAll: true, excludeIds };
}

/**
 * The same selection as seed 004's body: leads picked one by one are mode 1 entries, everything
 * a filter matches is mode 2, and everything but some exclusions is mode 3.
 */
export function toCampaignBody(
  state: SelectionState,
  filters: LeadFilters,
): AddCampaignLeadsBody | null {
  if (state.kind === "some") {
    return state.ids.length > 0 ? { leads: state.ids.map((leadId) => ({ leadId })) } : null;
  }
  return toLeadSelection(state, filters);
}

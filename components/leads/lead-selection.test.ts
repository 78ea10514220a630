import { describe, expect, it } from "vitest";
import {
  isSelected,
  NO_SELECTION,
  type SelectionAction,
  type SelectionState,
  selectedCount,
  selectionReducer,
  toCampaignBody,
  toLeadSelection,
} from "./lead-selection";

const run = (...actions: SelectionAction[]): SelectionState =>
  actions.reduce(selectionReducer, NO_SELECTION);

describe("the leads table's selection", () => {
  it("ticks and unticks leads one by one and a page at a time", () => {
    const state = run(
      { type: "togglePage", ids: ["a", "b", "c"], isChecked: true },
      { type: "toggle", id: "b", isChecked: false },
      { type: "toggle", id: "d", isChecked: true },
    );
    expect(state).toEqual({ kind: "some", ids: ["a", "c", "d"] });
    expect(selectedCount(state, 500)).toBe(3);
    expect(toLeadSelection(state, { tags: ["vip"] })).toEqual({
      filters: { leadIds: ["a", "c", "d"] },
    });
    expect(toCampaignBody(state, {})).toEqual({
      leads: [{ leadId: "a" }, { leadId: "c" }, { leadId: "d" }],
    });
  });

  it("selects everything matching, and remembers what is unticked after that", () => {
    const state = run(
      { type: "toggle", id: "a", isChecked: true },
      { type: "selectAllMatching" },
      { type: "toggle", id: "x", isChecked: false },
      { type: "togglePage", ids: ["y", "z"], isChecked: false },
      { type: "toggle", id: "z", isChecked: true },
    );
    expect(state).toEqual({ kind: "all", excluded: ["x", "y"] });
    expect(isSelected(state, "a")).toBe(true);
    expect(isSelected(state, "x")).toBe(false);
    expect(selectedCount(state, 12_480)).toBe(12_478);
    expect(toLeadSelection(state, { tags: ["vip"] })).toEqual({
      filters: { tags: ["vip"] },
      excludeIds: ["x", "y"],
    });
    expect(toCampaignBody(state, {})).toEqual({ selectAll: true, excludeIds: ["x", "y"] });
  });

  it("stands for nothing once cleared", () => {
    const state = run({ type: "selectAllMatching" }, { type: "clear" });
    expect(toLeadSelection(state, {})).toBeNull();
    expect(toCampaignBody(state, {})).toBeNull();
  });
});

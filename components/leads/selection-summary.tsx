import { countOf } from "@/components/ui/format";
import type { LeadPage } from "./use-lead-page";

function matchingText(matching: number, isFiltered: boolean): string {
  if (!isFiltered) return `${countOf(matching, "lead")}.`;
  return matching === 1 ? "1 lead matches." : `${countOf(matching, "lead")} match.`;
}

function allSelectedText(page: LeadPage, isFiltered: boolean): string {
  if (page.selection.kind !== "all") return "";
  if (page.selection.excluded.length === 0) {
    return `All ${countOf(page.selected, "lead")}${isFiltered ? " matching" : ""} are selected.`;
  }
  return `${page.selected.toLocaleString("en-US")} of ${countOf(page.matching, "lead")} selected.`;
}

/**
 * How many leads match, and, once a whole page is ticked, the offer to select every one of
 * them ("Select all 12,480 leads matching"), which turns the selection into a set-based one
 * (seed 004's filters or select-all) that also covers leads added since the page was read.
 */
export function SelectionSummary({ page, isFiltered }: { page: LeadPage; isFiltered: boolean }) {
  const { matching, selection, leads, dispatch } = page;
  const isWholePageTicked =
    selection.kind === "some" &&
    leads.length > 0 &&
    leads.every((lead) => selection.ids.includes(lead.id));
  return (
    <div className="selection-summary" role="status" aria-busy={page.list.isFetching}>
      <span data-testid="lead-count">{matchingText(matching, isFiltered)}</span>
      {isWholePageTicked && (
        <button
          type="button"
          className="link-button"
          onClick={() => dispatch({ type: "selectAllMatching" })}
        >
          Select all {countOf(matching, "lead")}
          {isFiltered ? " matching" : ""}
        </button>
      )}
      {selection.kind === "all" && (
        <>
          <span>{allSelectedText(page, isFiltered)}</span>
          <button type="button" className="link-button" onClick={() => dispatch({ type: "clear" })}>
            Clear selection
          </button>
        </>
      )}
    </div>
  );
}

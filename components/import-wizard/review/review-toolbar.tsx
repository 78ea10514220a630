"use client";

import { useId } from "react";
import { formatCount } from "@/components/ui/format";
import { REVIEW_FILTERS, type ReviewFilter, type ReviewSummary } from "../worker/review-types";
import type { GridColumn } from "./review-grid";
import { FILTER_LABELS } from "./row-states";
import type { ReviewState } from "./use-review";

function countFor(filter: ReviewFilter, summary: ReviewSummary): number | null {
  switch (filter) {
    case "failing":
      return summary.counts.failed;
    case "repeated":
      return summary.counts.repeated;
    case "skipped":
      return summary.counts.skipped;
    case "edited":
      return summary.editedRows;
    case "updating":
      return summary.updating;
    case "all":
      return null;
  }
}

/** Undo or redo, naming the step it takes back or again. */
function HistoryButton(props: {
  verb: string;
  step: string | null;
  keys: string;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className="button"
      onClick={props.onClick}
      disabled={!props.step}
      title={props.keys}
    >
      {props.step ? `${props.verb}: ${props.step}` : props.verb}
    </button>
  );
}

interface Props {
  review: ReviewState;
  summary: ReviewSummary;
  columns: readonly GridColumn[];
  selected: ReadonlySet<number>;
  onClearSelection: () => void;
}

/** Which rows the grid lists, undo and redo, and skipping rows by choice. */
export function ReviewToolbar({ review, summary, columns, selected, onClearSelection }: Props) {
  const ids = useId();
  const { view } = review;
  const isSkippedList = view.filter === "skipped";
  return (
    <div className="review-toolbar">
      <label htmlFor={`${ids}-filter`}>Show</label>
      <select
        id={`${ids}-filter`}
        value={view.filter}
        onChange={(event) => review.changeView({ filter: event.target.value as ReviewFilter })}
      >
        {REVIEW_FILTERS.map((filter) => {
          const count = countFor(filter, summary);
          return (
            <option key={filter} value={filter}>
              {FILTER_LABELS[filter]}
              {count === null ? "" : ` (${formatCount(count)})`}
            </option>
          );
        })}
      </select>
      <span aria-hidden="true">where</span>
      <select
        aria-label="Filter by column"
        value={view.column ?? ""}
        onChange={(event) =>
          review.changeView({
            column: event.target.value === "" ? null : Number(event.target.value),
          })
        }
      >
        <option value="">any column</option>
        {columns.map((column) => (
          <option key={column.index} value={column.index}>
            {column.header}
          </option>
        ))}
      </select>
      <input
        type="search"
        aria-label="Text in that column"
        placeholder="contains…"
        value={view.contains}
        disabled={view.column === null}
        onChange={(event) => review.changeView({ contains: event.target.value })}
      />
      <span className="review-toolbar-gap" />
      <HistoryButton verb="Undo" step={summary.history.undo} keys="Ctrl+Z" onClick={review.undo} />
      <HistoryButton verb="Redo" step={summary.history.redo} keys="Ctrl+Y" onClick={review.redo} />
      <div className="review-toolbar-row">
        <button
          type="button"
          className="button"
          disabled={selected.size === 0}
          onClick={() => {
            void review.setSkipped({ indexes: [...selected] }, !isSkippedList);
            onClearSelection();
          }}
        >
          {isSkippedList ? "Take back" : "Skip"} the {formatCount(selected.size)} selected
        </button>
        {view.filter !== "all" && !isSkippedList && (
          <button
            type="button"
            className="button"
            onClick={() => void review.setSkipped({ view }, true)}
          >
            Skip every row listed
          </button>
        )}
        {review.isListStale && (
          <button type="button" className="link-button" onClick={review.refreshList}>
            Rows changed: list the rows that match now
          </button>
        )}
      </div>
    </div>
  );
}

"use client";

import { useEffect, useId, useState } from "react";
import { countOf } from "@/components/ui/format";
import type { CsvWorkerClient } from "../worker/csv-worker-client";
import type { FindReplace } from "../worker/find-replace";
import type { GridColumn } from "./review-grid";
import type { ReviewState } from "./use-review";

/** How long typing pauses before the worker counts what would change. */
const COUNT_AFTER_MS = 250;

interface Props {
  review: ReviewState;
  columns: readonly GridColumn[];
  getWorker: () => CsvWorkerClient;
}

/**
 * Find and replace in one column: literal text anywhere in a cell or the whole cell, with how many
 * cells it changes counted in the worker before anything changes. One step of undo.
 */
export function FindReplaceForm({ review, columns, getWorker }: Props) {
  const ids = useId();
  const [spec, setSpec] = useState<FindReplace>({
    column: columns[0]?.index ?? 0,
    find: "",
    replace: "",
    isWholeCell: false,
    isCaseSensitive: false,
  });
  const [isInListOnly, setIsInListOnly] = useState(false);
  const [cells, setCells] = useState<number | null>(null);
  const scope = isInListOnly ? review.view : null;
  const revision = review.summary?.revision;
  const specKey = JSON.stringify([spec, scope, revision]);

  useEffect(() => {
    let isCurrent = true;
    setCells(null);
    const [wanted, wantedScope] = JSON.parse(specKey) as [FindReplace, typeof scope];
    const timer = setTimeout(() => {
      getWorker()
        .request({ type: "findReplace", spec: wanted, view: wantedScope, isApplied: false })
        .then((answer) => {
          if (isCurrent) setCells(answer.cells);
        })
        .catch(() => {});
    }, COUNT_AFTER_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [getWorker, specKey]);

  const set = (patch: Partial<FindReplace>) => setSpec((current) => ({ ...current, ...patch }));
  return (
    <form
      className="find-replace"
      aria-label="Find and replace"
      onSubmit={(event) => {
        event.preventDefault();
        void review.replace(spec, scope);
      }}
    >
      <label>
        <span>In column</span>
        <select
          value={spec.column}
          onChange={(event) => set({ column: Number(event.target.value) })}
        >
          {columns.map((column) => (
            <option key={column.index} value={column.index}>
              {column.header}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Find</span>
        <input
          type="text"
          value={spec.find}
          onChange={(event) => set({ find: event.target.value })}
        />
      </label>
      <label>
        <span>Replace with</span>
        <input
          type="text"
          value={spec.replace}
          onChange={(event) => set({ replace: event.target.value })}
        />
      </label>
      <fieldset className="find-replace-match">
        <legend className="visually-hidden">Match</legend>
        <label className="check">
          <input
            type="radio"
            name={`${ids}-match`}
            checked={!spec.isWholeCell}
            onChange={() => set({ isWholeCell: false })}
          />
          Text anywhere in a cell
        </label>
        <label className="check">
          <input
            type="radio"
            name={`${ids}-match`}
            checked={spec.isWholeCell}
            onChange={() => set({ isWholeCell: true })}
          />
          Whole cell
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={spec.isCaseSensitive}
            onChange={(event) => set({ isCaseSensitive: event.target.checked })}
          />
          Match case
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={isInListOnly}
            onChange={(event) => setIsInListOnly(event.target.checked)}
          />
          Only the rows listed
        </label>
      </fieldset>
      <p className="muted" role="status" data-testid="replace-count">
        {cells === null
          ? "Counting…"
          : cells === 0
            ? "No cell matches."
            : `${countOf(cells, "cell")} will change.`}
      </p>
      <button type="submit" className="button" disabled={!cells}>
        Replace in {countOf(cells ?? 0, "cell")}
      </button>
    </form>
  );
}

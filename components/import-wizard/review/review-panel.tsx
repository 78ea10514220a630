"use client";

import { useCallback, useState } from "react";
import { countOf, formatCount } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { type ColumnChoice, targetOf } from "../mapping/column-choice";
import { targetLabel } from "../mapping/target-label";
import type { ImportWizardState } from "../use-import-wizard";
import { FindReplaceForm } from "./find-replace-form";
import { type GridColumn, ReviewGrid } from "./review-grid";
import { ReviewToolbar } from "./review-toolbar";
import { RowInspector } from "./row-inspector";
import { TypoFixes } from "./typo-fixes";

function isEmail(choice: ColumnChoice): boolean {
  return choice.kind === "field" && choice.field === "email";
}

/**
 * Step 3's review of the rows before anything is imported: the rows that will fail (or every row)
 * in a grid to fix in place, find and replace, typo suggestions, rows skipped by choice. Every
 * change is kept with the file in the worker, so it survives going back to the mapping.
 */
export function ReviewPanel({ wizard }: { wizard: ImportWizardState }) {
  const { review, csv, mapping } = wizard;
  const { summary } = review;
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [activeRow, setActiveRow] = useState<number | null>(null);
  const onSelect = useCallback((index: number, isSelected: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (isSelected) next.add(index);
      else next.delete(index);
      return next;
    });
  }, []);
  // The email column first: it decides whether a row fails or repeats another.
  const columns: GridColumn[] = mapping.choices
    .filter((choice) => choice.kind !== "skip")
    .sort((a, b) => Number(isEmail(b)) - Number(isEmail(a)))
    .map((choice) => ({
      index: choice.index,
      header: choice.header,
      target: targetLabel(targetOf(choice)),
    }));
  const dryRunState = wizard.dryRun.state;
  const outcomesKey = `${dryRunState.phase}|${"run" in dryRunState && dryRunState.run ? dryRunState.run.doneChunks.size : 0}`;

  return (
    <section className="review" aria-labelledby="review-title">
      <h3 id="review-title">Review and fix rows</h3>
      {!summary ? (
        <p className="muted" role="status">
          Checking every row…
        </p>
      ) : (
        <>
          <p data-testid="review-summary">
            {summary.counts.failed === 0
              ? "No row fails the checks"
              : `${countOf(summary.counts.failed, "row")} will fail`}
            {summary.counts.repeated > 0 &&
              `, ${countOf(summary.counts.repeated, "row")} repeat an earlier row's email`}
            {summary.counts.skipped > 0 &&
              `, ${formatCount(summary.counts.skipped)} skipped by you`}
            {summary.editedCells > 0 &&
              `; ${countOf(summary.editedCells, "cell")} edited in ${countOf(summary.editedRows, "row")}`}
            {summary.fixedRows > 0 && ` (${countOf(summary.fixedRows, "row")} fixed)`}.{" "}
            <span className="muted">
              Double-click a cell or press Enter to edit it; it is checked again at once.
            </span>
          </p>
          <ReviewToolbar
            review={review}
            summary={summary}
            columns={columns}
            selected={selected}
            onClearSelection={() => setSelected(new Set())}
          />
          <ReviewGrid
            review={review}
            columns={columns}
            getWorker={csv.getWorker}
            outcomesKey={outcomesKey}
            selected={selected}
            onSelect={onSelect}
            onActiveRow={setActiveRow}
          />
          <RowInspector
            index={activeRow}
            revision={summary.revision}
            defaultCountry={wizard.options.defaultCountry}
            getWorker={csv.getWorker}
          />
          <div className="review-tools">
            <details>
              <summary>Find and replace</summary>
              <FindReplaceForm review={review} columns={columns} getWorker={csv.getWorker} />
            </details>
            <TypoFixes review={review} getWorker={csv.getWorker} />
          </div>
        </>
      )}
      {review.error && (
        <Notice tone="error" title="That did not work">
          {review.error}
        </Notice>
      )}
    </section>
  );
}

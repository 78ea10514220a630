"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { MappedColumn } from "@/lib/leads/leads-from-rows";
import type { CsvWorkerClient } from "../worker/csv-worker-client";
import type { FindReplace } from "../worker/find-replace";
import type { ReviewSummary, ReviewView } from "../worker/review-types";

const FIRST_VIEW: ReviewView = { filter: "all", column: null, contains: "", listVersion: 0 };

/**
 * The review grid's state on the page: the worker's summary of the rows (counts, edits, undo and
 * redo) and the view the grid lists. Every action goes to the worker, which holds the rows and
 * the edits, and answers the new summary.
 */
export function useReview(
  getWorker: () => CsvWorkerClient,
  settings: { columns: MappedColumn[]; dataCleanup: boolean } | null,
) {
  const [summary, setSummary] = useState<ReviewSummary | null>(null);
  const [view, setView] = useState<ReviewView>(FIRST_VIEW);
  const [error, setError] = useState<string | null>(null);
  /** The summary's revision when the grid's list was made: later changes may move rows. */
  const [listRevision, setListRevision] = useState(0);
  const settingsKey = settings ? JSON.stringify(settings) : null;
  const current = useRef(settingsKey);
  current.current = settingsKey;

  useEffect(() => {
    if (settingsKey === null) return;
    const checked = JSON.parse(settingsKey) as NonNullable<typeof settings>;
    getWorker()
      .request({ type: "check", settings: checked })
      .then(() => getWorker().request({ type: "reviewSummary" }))
      .then((next) => {
        if (current.current !== settingsKey) return;
        // `npm run bench` times the check of every row with this mark.
        performance.mark("leadport:rows-checked");
        setSummary(next);
        setListRevision(next.revision);
        setView((shown) => ({ ...shown, listVersion: shown.listVersion + 1 }));
      })
      .catch((caught: Error) => setError(caught.message));
  }, [getWorker, settingsKey]);

  const run = useCallback(async (work: () => Promise<ReviewSummary>) => {
    try {
      setSummary(await work());
      setError(null);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }, []);

  const worker = getWorker;
  const edit = useCallback(
    (row: number, column: number, value: string, header: string) =>
      run(() =>
        worker().request({
          type: "editCells",
          changes: [{ row, column, value }],
          label: `Edit ${header}`,
        }),
      ),
    [run, worker],
  );
  const undo = useCallback(() => run(() => worker().request({ type: "undoEdit" })), [run, worker]);
  const redo = useCallback(() => run(() => worker().request({ type: "redoEdit" })), [run, worker]);
  const setSkipped = useCallback(
    (target: { indexes: number[] } | { view: ReviewView }, isSkipped: boolean) =>
      run(() => worker().request({ type: "skipRows", target, isSkipped })),
    [run, worker],
  );
  const replace = useCallback(
    (spec: FindReplace, scope: ReviewView | null) =>
      run(async () => {
        const answer = await worker().request({
          type: "findReplace",
          spec,
          view: scope,
          isApplied: true,
        });
        return answer.summary;
      }),
    [run, worker],
  );
  const acceptTypoFixes = useCallback(
    (indexes: number[] | "all") =>
      run(() => worker().request({ type: "acceptTypoFixes", indexes })),
    [run, worker],
  );

  /** Lists the rows that match the view now. */
  const refreshList = useCallback(() => {
    setView((shown) => ({ ...shown, listVersion: shown.listVersion + 1 }));
    setListRevision(summary?.revision ?? 0);
  }, [summary]);

  const changeView = useCallback(
    (patch: Partial<Omit<ReviewView, "listVersion">>) => {
      setView((shown) => ({ ...shown, ...patch, listVersion: shown.listVersion + 1 }));
      setListRevision(summary?.revision ?? 0);
    },
    [summary],
  );

  return {
    summary,
    view,
    error,
    isListStale: summary !== null && summary.revision !== listRevision && view.filter !== "all",
    changeView,
    refreshList,
    edit,
    undo,
    redo,
    setSkipped,
    replace,
    acceptTypoFixes,
  };
}

export type ReviewState = ReturnType<typeof useReview>;

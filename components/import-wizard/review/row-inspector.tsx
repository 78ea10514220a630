"use client";

import { useEffect, useState } from "react";
import type { CsvWorkerClient } from "../worker/csv-worker-client";
import type { RowDetail } from "../worker/review-types";
import { STATE_LABELS } from "./row-states";

interface Props {
  index: number | null;
  /** Changes whenever the row may have changed. */
  revision: number;
  defaultCountry: string;
  getWorker: () => CsvWorkerClient;
}

/**
 * The row whose cell has focus: its state and why, its edits with the file's values, and what
 * cleanup imports of its values (the server's own rules, run in the worker).
 */
export function RowInspector({ index, revision, defaultCountry, getWorker }: Props) {
  const [detail, setDetail] = useState<RowDetail | null>(null);
  useEffect(() => {
    if (index === null) {
      setDetail(null);
      return;
    }
    let isCurrent = true;
    getWorker()
      .request({ type: "rowDetail", index, defaultCountry: defaultCountry.trim() || undefined })
      .then((next) => {
        if (isCurrent) setDetail(next);
      })
      .catch(() => {});
    return () => {
      isCurrent = false;
    };
  }, [index, revision, defaultCountry, getWorker]);

  if (!detail) {
    return <p className="muted row-inspector">Select a cell to see its row's details here.</p>;
  }
  return (
    <div className="row-inspector" aria-live="polite" data-testid="row-inspector">
      <strong>Row {detail.row}</strong>: {STATE_LABELS[detail.state]}. {detail.detail}
      {detail.edits.length > 0 && (
        <ul className="compact-list">
          {detail.edits.map((edit) => (
            <li key={edit.header}>
              {edit.header}: <del className="value-before">{edit.before || "(empty)"}</del> →{" "}
              <ins className="value-after">{edit.after || "(empty)"}</ins>
            </li>
          ))}
        </ul>
      )}
      {detail.imported.length > 0 && (
        <ul className="compact-list">
          {detail.imported.map((value) => (
            <li key={value.header}>
              {value.header} is imported as “{value.imported || "(left empty)"}”
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

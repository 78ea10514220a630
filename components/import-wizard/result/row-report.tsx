"use client";

import { useCallback, useId, useState } from "react";
import { countOf } from "@/components/ui/format";
import { useRowPages } from "@/components/ui/use-row-pages";
import { useVirtualRows } from "@/components/ui/use-virtual-rows";
import { type VirtualColumn, VirtualTable } from "@/components/ui/virtual-table";
import type { RunKind } from "../run/run-machine";
import type { CsvWorkerClient } from "../worker/csv-worker-client";
import { REPORT_LABELS, type ReportFilter, type ReportRow } from "./row-report-model";

const ROW_HEIGHT = 34;
const VISIBLE_ROWS = 12;
const FILTERS: readonly ReportFilter[] = [
  "all",
  "created",
  "updated",
  "skipped",
  "restored",
  "repeated",
  "failed",
  "skippedByChoice",
  "edited",
  "earlier",
  "unsent",
];
const COLUMNS: readonly VirtualColumn[] = [
  { key: "row", label: "Row", width: "80px" },
  { key: "email", label: "Email in the file", width: "minmax(200px, 2fr)" },
  { key: "outcome", label: "Outcome", width: "130px" },
  { key: "detail", label: "Detail", width: "minmax(240px, 3fr)" },
];

/** The outcome's detail, and the row's cells edited in the wizard with what the file had. */
function detailOf(row: ReportRow): string {
  return row.edits ? `${row.detail} · edited in the wizard: ${row.edits}` : row.detail;
}

interface Props {
  title: string;
  run: RunKind;
  /** Chunks were applied before this session (a resumed import). */
  hasEarlierChunks: boolean;
  /** Changes whenever the outcomes the worker keeps may have changed. */
  revision: string;
  getWorker: () => CsvWorkerClient;
  initialFilter?: ReportFilter;
}

/**
 * Every row of the file with its outcome, the worker holding them all: only the rows in view are
 * asked for and put in the DOM, so a million-row report scrolls like a short one.
 */
export function RowReport(props: Props) {
  const { run, hasEarlierChunks, getWorker } = props;
  const [filter, setFilter] = useState<ReportFilter>(props.initialFilter ?? "all");
  const filterId = useId();
  const load = useCallback(
    (from: number, count: number) =>
      getWorker().request({
        type: "reportRows",
        window: { run, filter, hasEarlierChunks, from, count },
      }),
    [getWorker, run, filter, hasEarlierChunks],
  );
  const key = `${run}|${filter}|${hasEarlierChunks}|${props.revision}`;
  const [rowCount, setRowCount] = useState(0);
  const virtual = useVirtualRows({ count: rowCount, rowHeight: ROW_HEIGHT });
  const pages = useRowPages<ReportRow>(load, key, virtual.window.first, virtual.window.end);
  // The count comes with the rows; the window then follows it.
  if ((pages.total ?? 0) !== rowCount) setRowCount(pages.total ?? 0);

  return (
    <section className="row-report" aria-label={props.title}>
      <div className="row-report-bar">
        <h3>{props.title}</h3>
        <label htmlFor={filterId}>Show</label>
        <select
          id={filterId}
          value={filter}
          onChange={(event) => setFilter(event.target.value as ReportFilter)}
        >
          {FILTERS.map((kind) => (
            <option key={kind} value={kind}>
              {kind === "all"
                ? "All rows"
                : kind === "edited"
                  ? "Edited in the wizard"
                  : REPORT_LABELS[kind]}
            </option>
          ))}
        </select>
        <span className="muted" data-testid="row-report-count">
          {pages.total === null ? "counting…" : countOf(rowCount, "row")}
        </span>
      </div>
      {pages.total === 0 ? (
        <p className="muted">No rows.</p>
      ) : (
        <VirtualTable
          label={props.title}
          testId="row-report"
          columns={COLUMNS}
          rowCount={rowCount}
          rowHeight={ROW_HEIGHT}
          visibleRows={VISIBLE_ROWS}
          virtual={virtual}
          renderRow={(index, style) => {
            const row = pages.rowAt(index);
            return (
              <div
                role="row"
                aria-rowindex={index + 2}
                className={row ? "virtual-row" : "virtual-row virtual-row-loading"}
                style={style}
              >
                <div role="cell" className="virtual-cell row-number">
                  {row?.row ?? "…"}
                </div>
                <div role="cell" className="virtual-cell" title={row?.email}>
                  {row && (row.email || <span className="muted">(empty)</span>)}
                </div>
                <div role="cell" className="virtual-cell">
                  {row && (
                    <span className={`badge badge-${row.kind}`}>{REPORT_LABELS[row.kind]}</span>
                  )}
                </div>
                <div role="cell" className="virtual-cell" title={row && detailOf(row)}>
                  {row && detailOf(row)}
                </div>
              </div>
            );
          }}
        />
      )}
    </section>
  );
}

"use client";

import { useEffect, useId, useMemo, useState } from "react";
import { countOf, formatCount } from "@/components/ui/format";
import { Pager } from "@/components/ui/pager";
import type { ActiveRun, RunResult } from "../run/run-machine";
import type { ImportWizardState } from "../use-import-wizard";
import type { CsvWorkerClient } from "../worker/csv-worker-client";
import type { FullCsvSummary } from "../worker/worker-protocol";
import { entryFor, REPORT_LABELS, type ReportKind, reportSources } from "./row-report-model";

const PAGE_SIZE = 50;
const FILTERS: ReadonlyArray<ReportKind | "all"> = [
  "all",
  "created",
  "updated",
  "skipped",
  "restored",
  "repeated",
  "failed",
  "earlier",
  "unsent",
];

interface Props {
  title: string;
  firstRow: number;
  totalRows: number;
  run: ActiveRun;
  /** The import record's failed rows: complete even for a resumed run. */
  failures?: RunResult["failures"];
  getWorker: () => CsvWorkerClient;
  emailColumn: number | null;
  initialFilter?: ReportKind | "all";
}

/** What the report needs of the wizard's file: its rows' numbers, and where to read its emails. */
export function reportFile(wizard: ImportWizardState, full: FullCsvSummary) {
  const email = wizard.mapping.choices.find(
    (choice) => choice.kind === "field" && choice.field === "email",
  );
  return {
    firstRow: full.headerRowNumber + 1,
    totalRows: full.totalRows,
    getWorker: wizard.csv.getWorker,
    emailColumn: email?.index ?? null,
  };
}

/** Every row of the file with its outcome, a page at a time: a whole file never hits the DOM at once. */
export function RowReport(props: Props) {
  const { firstRow, totalRows, run, failures, getWorker, emailColumn } = props;
  const [filter, setFilter] = useState<ReportKind | "all">(props.initialFilter ?? "all");
  const [page, setPage] = useState(0);
  const [emails, setEmails] = useState<Map<number, string>>(new Map());
  const filterId = useId();

  const sources = useMemo(() => reportSources(run, failures), [run, failures]);
  const rows = useMemo(() => {
    const matching: number[] = [];
    for (let row = firstRow; row < firstRow + totalRows; row += 1) {
      if (filter === "all" || entryFor(row, sources).kind === filter) matching.push(row);
    }
    return matching;
  }, [filter, firstRow, totalRows, sources]);

  const pageCount = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const currentPage = Math.min(page, pageCount - 1);
  const shown = rows.slice(currentPage * PAGE_SIZE, (currentPage + 1) * PAGE_SIZE);
  const shownKey = shown.join(",");

  useEffect(() => {
    if (emailColumn === null || shownKey === "") return;
    let isCurrent = true;
    const wanted = shownKey.split(",").map(Number);
    getWorker()
      .request({ type: "cells", rows: wanted, column: emailColumn })
      .then((cells) => {
        if (isCurrent) setEmails(new Map(wanted.map((row, index) => [row, cells[index] ?? ""])));
      })
      .catch(() => {});
    return () => {
      isCurrent = false;
    };
  }, [emailColumn, getWorker, shownKey]);

  return (
    <section className="row-report" aria-label={props.title}>
      <div className="row-report-bar">
        <h3>{props.title}</h3>
        <label htmlFor={filterId}>Show</label>
        <select
          id={filterId}
          value={filter}
          onChange={(event) => {
            setFilter(event.target.value as ReportKind | "all");
            setPage(0);
          }}
        >
          {FILTERS.map((kind) => (
            <option key={kind} value={kind}>
              {kind === "all" ? "All rows" : REPORT_LABELS[kind]}
            </option>
          ))}
        </select>
        <span className="muted">{countOf(rows.length, "row")}</span>
      </div>
      {rows.length === 0 ? (
        <p className="muted">No rows.</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="row-report">
            <thead>
              <tr>
                <th scope="col" className="row-number">
                  Row
                </th>
                <th scope="col">Email in the file</th>
                <th scope="col">Outcome</th>
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => {
                const entry = entryFor(row, sources);
                return (
                  <tr key={row}>
                    <td className="row-number">{row}</td>
                    <td className="cell-text">
                      {emails.get(row) || <span className="muted">(empty)</span>}
                    </td>
                    <td>
                      <span className={`badge badge-${entry.kind}`}>
                        {REPORT_LABELS[entry.kind]}
                      </span>
                    </td>
                    <td>{entry.detail}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {pageCount > 1 && (
        <Pager
          label={`${props.title} pages`}
          page={currentPage + 1}
          summary={`of ${formatCount(pageCount)}`}
          hasPrevious={currentPage > 0}
          hasNext={currentPage < pageCount - 1}
          onPrevious={() => setPage(currentPage - 1)}
          onNext={() => setPage(currentPage + 1)}
        />
      )}
    </section>
  );
}

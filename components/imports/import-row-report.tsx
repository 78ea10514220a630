"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { formatCount } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { Pager } from "@/components/ui/pager";
import { usePageCursors } from "@/components/ui/use-page-cursors";
import { WIZARD_COUNT_LABELS, type WizardCountKey } from "@/lib/leads/outcome-tally";
import { DEFAULT_PAGE_SIZE } from "@/lib/limits";

const LABELS = Object.fromEntries(
  WIZARD_COUNT_LABELS.map(({ key, label }) => [key, label]),
) as Record<WizardCountKey, string>;

/** Every row of the import with its outcome, a page at a time, optionally one outcome only. */
export function ImportRowReport({ importId, totalRows }: { importId: string; totalRows: number }) {
  const trpc = useTRPC();
  const ids = useId();
  const [outcome, setOutcome] = useState<WizardCountKey | "">("");
  // A page's cursor is the last row of the page before it.
  const pages = usePageCursors<number>();
  const after = pages.cursor;
  const rows = useQuery({
    ...trpc.imports.rows.queryOptions({
      importId,
      limit: DEFAULT_PAGE_SIZE,
      ...(outcome ? { outcome } : {}),
      ...(after !== undefined ? { after } : {}),
    }),
    placeholderData: keepPreviousData,
  });
  const nextAfter = rows.data?.nextAfter ?? null;
  return (
    <section className="row-report stack-gap" aria-labelledby={`${ids}-title`}>
      <div className="filters">
        <h2 id={`${ids}-title`}>Row report</h2>
        <label htmlFor={`${ids}-outcome`}>Show</label>
        <select
          id={`${ids}-outcome`}
          value={outcome}
          onChange={(event) => {
            setOutcome(event.target.value as WizardCountKey | "");
            pages.reset();
          }}
        >
          <option value="">All {formatCount(totalRows)} rows</option>
          {WIZARD_COUNT_LABELS.map(({ key, label }) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {rows.error && <Notice tone="error">{rows.error.message}</Notice>}
      {rows.isPending ? (
        <p role="status">Loading rows…</p>
      ) : rows.data?.rows.length === 0 ? (
        <p className="muted">No rows{outcome ? " with this outcome" : " recorded"}.</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="import-rows">
            <thead>
              <tr>
                <th scope="col" className="row-number">
                  Row
                </th>
                <th scope="col">Email</th>
                <th scope="col">Outcome</th>
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              {rows.data?.rows.map((row) => (
                <tr key={row.row}>
                  <td className="row-number">{row.row}</td>
                  <td className="cell-text">
                    {row.leadId ? (
                      <Link href={`/leads/${encodeURIComponent(row.leadId)}`}>
                        {row.email ?? "(lead)"}
                      </Link>
                    ) : (
                      row.email || <span className="muted">(empty)</span>
                    )}
                  </td>
                  <td>
                    <span className={`badge badge-${row.outcome}`}>{LABELS[row.outcome]}</span>
                  </td>
                  <td>
                    {row.detail ?? ""}
                    {row.edits.length > 0 && (
                      <span className="muted">
                        {row.detail ? " · " : ""}edited in the wizard:{" "}
                        {row.edits.map((edit) => `${edit.column} was “${edit.before}”`).join("; ")}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(after !== undefined || nextAfter !== null) && (
        <Pager label="Row report pages" {...pages.pager(nextAfter)} />
      )}
    </section>
  );
}

"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { formatCount } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { Pager } from "@/components/ui/pager";
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
  // The last row of each page before the current one; the report pages forward only.
  const [afters, setAfters] = useState<number[]>([]);
  const after = afters.at(-1);
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
            setAfters([]);
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
                  <td>{row.detail ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(afters.length > 0 || nextAfter !== null) && (
        <Pager
          label="Row report pages"
          page={afters.length + 1}
          hasPrevious={afters.length > 0}
          hasNext={nextAfter !== null}
          onPrevious={() => setAfters((current) => current.slice(0, -1))}
          onNext={() => nextAfter !== null && setAfters((current) => [...current, nextAfter])}
        />
      )}
    </section>
  );
}

"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { formatCount, formatDate } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { Pager } from "@/components/ui/pager";
import { usePageCursors } from "@/components/ui/use-page-cursors";
import { IMPORT_DOOR_LABELS, IMPORT_DOORS, type ImportDoor } from "@/lib/fields/import-doors";
import {
  IMPORT_STATUS_LABELS,
  IMPORT_STATUSES,
  type ImportStatus,
} from "@/lib/fields/import-statuses";
import { DEFAULT_PAGE_SIZE } from "@/lib/limits";
import { ImportStatusBadge } from "./import-status-badge";

/** The workspace's imports, newest first, a keyset page at a time, by door and status. */
export function ImportList() {
  const trpc = useTRPC();
  const ids = useId();
  const [door, setDoor] = useState<ImportDoor | "">("");
  const [status, setStatus] = useState<ImportStatus | "">("");
  const pages = usePageCursors<string>();
  const cursor = pages.cursor;
  const list = useQuery({
    ...trpc.imports.list.queryOptions({
      limit: DEFAULT_PAGE_SIZE,
      ...(door ? { door } : {}),
      ...(status ? { status } : {}),
      ...(cursor ? { cursor } : {}),
    }),
    placeholderData: keepPreviousData,
  });
  const nextCursor = list.data?.nextCursor ?? null;
  const rows = list.data?.imports ?? [];
  return (
    <section className="stack-gap" aria-label="Imports">
      <div className="filters">
        <label htmlFor={`${ids}-door`}>Door</label>
        <select
          id={`${ids}-door`}
          value={door}
          onChange={(event) => {
            setDoor(event.target.value as ImportDoor | "");
            pages.reset();
          }}
        >
          <option value="">Every door</option>
          {IMPORT_DOORS.map((each) => (
            <option key={each} value={each}>
              {IMPORT_DOOR_LABELS[each]}
            </option>
          ))}
        </select>
        <label htmlFor={`${ids}-status`}>Status</label>
        <select
          id={`${ids}-status`}
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as ImportStatus | "");
            pages.reset();
          }}
        >
          <option value="">Any status</option>
          {IMPORT_STATUSES.map((each) => (
            <option key={each} value={each}>
              {IMPORT_STATUS_LABELS[each]}
            </option>
          ))}
        </select>
      </div>
      {list.error && <Notice tone="error">{list.error.message}</Notice>}
      {list.isPending ? (
        <p role="status">Loading imports…</p>
      ) : rows.length === 0 ? (
        <p className="muted">
          {door || status ? (
            "No import matches these filters."
          ) : (
            <>
              No imports yet. <Link href="/import">Import a file</Link>, or send leads through the
              API.
            </>
          )}
        </p>
      ) : (
        <div className="table-wrap">
          <table data-testid="imports-table">
            <caption className="visually-hidden">Imports, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Import</th>
                <th scope="col">Started</th>
                <th scope="col">Ran by</th>
                <th scope="col" className="numeric">
                  Rows
                </th>
                <th scope="col" className="numeric">
                  Created
                </th>
                <th scope="col" className="numeric">
                  Updated
                </th>
                <th scope="col" className="numeric">
                  Skipped
                </th>
                <th scope="col" className="numeric">
                  Failed
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((run) => (
                <tr key={run.id}>
                  <td>
                    <Link href={`/imports/${encodeURIComponent(run.id)}`}>
                      {run.fileName ?? IMPORT_DOOR_LABELS[run.door]}
                    </Link>
                    {run.fileName && <span className="hint">{IMPORT_DOOR_LABELS[run.door]}</span>}
                  </td>
                  <td>{formatDate(run.startedAt)}</td>
                  <td>{run.ranBy?.name ?? "—"}</td>
                  <td className="numeric">{formatCount(run.totalRows)}</td>
                  <td className="numeric">
                    {formatCount(run.counts.created + run.counts.restored)}
                  </td>
                  <td className="numeric">{formatCount(run.counts.updated)}</td>
                  <td className="numeric">
                    {formatCount(run.counts.skipped + run.counts.repeated)}
                  </td>
                  <td className="numeric">{formatCount(run.counts.failed)}</td>
                  <td>
                    <ImportStatusBadge status={run.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(cursor || nextCursor) && <Pager label="Import pages" {...pages.pager(nextCursor)} />}
    </section>
  );
}

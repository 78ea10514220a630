"use client";

import { useEffect, useState } from "react";
import type { MappedColumn } from "@/lib/leads/leads-from-rows";
import type { CsvWorkerClient } from "../worker/csv-worker-client";
import type { CleanupPreview } from "../worker/worker-protocol";

interface Props {
  getWorker: () => CsvWorkerClient;
  columns: MappedColumn[];
  defaultCountry: string;
}

/** Before and after for the first rows cleanup changes, computed in the worker. */
export function CleanupPreviewTable({ getWorker, columns, defaultCountry }: Props) {
  const [preview, setPreview] = useState<CleanupPreview | null>(null);
  const columnsKey = JSON.stringify(columns);
  useEffect(() => {
    let isCurrent = true;
    const timer = setTimeout(() => {
      getWorker()
        .request({
          type: "cleanupPreview",
          columns: JSON.parse(columnsKey) as MappedColumn[],
          defaultCountry: defaultCountry.trim() || undefined,
        })
        .then((result) => {
          if (isCurrent) setPreview(result);
        })
        .catch(() => {
          if (isCurrent) setPreview(null);
        });
    }, 250);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [getWorker, columnsKey, defaultCountry]);

  return (
    <section className="cleanup-preview" aria-labelledby="cleanup-title">
      <h3 id="cleanup-title">What cleanup changes</h3>
      <CleanupChanges preview={preview} />
    </section>
  );
}

function CleanupChanges({ preview }: { preview: CleanupPreview | null }) {
  if (!preview) return <p className="muted">Looking at the first rows…</p>;
  if (preview.changes.length === 0) {
    return (
      <p className="muted" data-testid="cleanup-preview">
        Cleanup changes nothing in the first {preview.scannedRows} rows.
      </p>
    );
  }
  return (
    <div data-testid="cleanup-preview">
      <p className="muted">
        Cleanup changes {preview.changedRows} of the first {preview.scannedRows} rows. Some of them:
      </p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Values before and after cleanup</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Field</th>
              <th scope="col">In the file</th>
              <th scope="col">Imported as</th>
            </tr>
          </thead>
          <tbody>
            {preview.changes.map((change) => (
              <tr key={`${change.row}:${change.field}`}>
                <td className="row-number">{change.row}</td>
                <td>{change.field}</td>
                <td>
                  <del className="value-before">{change.before}</del>
                </td>
                <td>
                  {change.after ? (
                    <ins className="value-after">{change.after}</ins>
                  ) : (
                    <span className="muted">(left empty)</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

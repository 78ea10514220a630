"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { RunCounts } from "@/components/import-wizard/result/run-counts";
import { useTRPC } from "@/components/trpc-provider";
import { DownloadFailedRows } from "@/components/ui/download-failed-rows";
import { Notice } from "@/components/ui/notice";
import { buildFailedRowsCsv } from "@/lib/csv/failed-rows-csv";
import { IMPORT_DOOR_LABELS } from "@/lib/fields/import-doors";
import type { ImportDetail as ImportRecord } from "@/lib/schemas/imports";
import { ImportFacts } from "./import-facts";
import { ImportRowReport } from "./import-row-report";
import { ImportStatusBadge } from "./import-status-badge";
import { UndoPanel } from "./undo-panel";

/** One import: where it came from, what it did, each row's outcome, and its undo. */
export function ImportDetail({ initialImport }: { initialImport: ImportRecord }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const detail = useQuery({
    ...trpc.imports.detail.queryOptions({ importId: initialImport.id }),
    initialData: initialImport,
  });
  const run = detail.data;
  const wroteLeads = run.counts.created + run.counts.restored + run.counts.updated > 0;
  const buildFailedRows = async () => {
    const { rowErrors } = await queryClient.fetchQuery(
      trpc.imports.failedRows.queryOptions({ importId: run.id }),
    );
    return buildFailedRowsCsv(
      ["Row", "Email"],
      rowErrors.map((failure) => ({
        cells: [String(failure.row), failure.email ?? ""],
        error: failure.error,
      })),
    );
  };
  return (
    <div className="stack-gap">
      <header>
        <h1>
          {run.fileName ?? IMPORT_DOOR_LABELS[run.door]} <ImportStatusBadge status={run.status} />
        </h1>
        {run.errorMessage && <Notice tone="error">{run.errorMessage}</Notice>}
      </header>
      <ImportFacts run={run} />
      <RunCounts counts={run.counts} testId="import-record-counts" />
      <div className="actions">
        {wroteLeads && (
          <Link className="button" href={`/leads?importId=${encodeURIComponent(run.id)}`}>
            See the leads it created or updated
          </Link>
        )}
        {run.counts.failed > 0 && (
          <DownloadFailedRows
            count={run.counts.failed}
            fileName={run.fileName ?? `import-${run.id.slice(0, 8)}.csv`}
            build={buildFailedRows}
          />
        )}
      </div>
      <UndoPanel run={run} />
      <ImportRowReport importId={run.id} totalRows={run.totalRows} />
    </div>
  );
}

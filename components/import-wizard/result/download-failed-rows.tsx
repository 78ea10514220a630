"use client";

import { useState } from "react";
import type { CsvWorkerClient } from "../worker/csv-worker-client";

interface Props {
  getWorker: () => CsvWorkerClient;
  fileName: string;
  failures: Array<{ row: number; error: string }>;
}

function failedFileName(fileName: string): string {
  const base = fileName.replace(/\.(csv|tsv|txt)$/i, "");
  return `${base}-failed-rows.csv`;
}

/** The failed rows as the user sent them plus the reason, built in the worker from the file. */
export function DownloadFailedRows({ getWorker, fileName, failures }: Props) {
  const [isBuilding, setIsBuilding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setIsBuilding(true);
    setError(null);
    try {
      const csv = await getWorker().request({ type: "failedRowsCsv", failures });
      const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = failedFileName(fileName);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setIsBuilding(false);
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={download} disabled={isBuilding}>
        Download failed rows ({failures.length})
      </button>
      {error && (
        <span className="error-text" role="alert">
          {error}
        </span>
      )}
    </>
  );
}

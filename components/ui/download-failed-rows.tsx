"use client";

import { useState } from "react";
import { failedRowsFileName } from "@/lib/csv/failed-rows-csv";
import { downloadText } from "./download-text";

interface Props {
  /** How many failed rows the file will hold. */
  count: number;
  /** The imported file's name, which the download's is made from. */
  fileName: string;
  /** Builds the CSV (with `buildFailedRowsCsv`, so every cell is escaped the same way). */
  build: () => Promise<string>;
}

/** A button that builds the failed rows as a CSV file and hands it to the user. */
export function DownloadFailedRows({ count, fileName, build }: Props) {
  const [isBuilding, setIsBuilding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setIsBuilding(true);
    setError(null);
    try {
      downloadText(await build(), failedRowsFileName(fileName));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setIsBuilding(false);
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={download} disabled={isBuilding}>
        Download failed rows ({count})
      </button>
      {error && (
        <span className="error-text" role="alert">
          {error}
        </span>
      )}
    </>
  );
}

"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { formatCount } from "@/components/ui/format";
import { formatMegabytes, MAX_WIZARD_FILE_BYTES, MAX_WIZARD_ROWS } from "@/lib/limits";
import { CsvWorkerClient, type ReadProgress } from "../worker/csv-worker-client";
import type {
  CsvSummary,
  FullCsvSummary,
  ParseChoice,
  WorkbookSummary,
} from "../worker/worker-protocol";

/** The sheets of the workbook being read, keeping row counts a preview does not know yet. */
function withKnownCounts(
  known: WorkbookSummary | null,
  next: WorkbookSummary | undefined,
): WorkbookSummary | null {
  if (!next) return known;
  const counts = new Map(known?.sheets.map((sheet) => [sheet.name, sheet.rows]));
  const sheets = next.sheets.map((sheet) => ({
    ...sheet,
    rows: sheet.rows ?? counts.get(sheet.name) ?? null,
  }));
  return { ...next, sheets };
}

type Load = (worker: CsvWorkerClient, progress: ReadProgress) => Promise<FullCsvSummary>;

/** The dropped file, parsed in the worker: a preview first, then the whole file. */
export function useCsvFile() {
  const workerRef = useRef<CsvWorkerClient | null>(null);
  const generation = useRef(0);
  const [file, setFile] = useState<File | null>(null);
  const [summary, setSummary] = useState<CsvSummary | null>(null);
  /** The workbook's sheets, kept while another sheet is read or when a sheet cannot be. */
  const [workbook, setWorkbook] = useState<WorkbookSummary | null>(null);
  const [choice, setChoice] = useState<ParseChoice>({});
  const [error, setError] = useState<string | null>(null);
  const [isParsing, setIsParsing] = useState(false);
  /** Rows read so far while the whole file is read after its preview. */
  const [rowsRead, setRowsRead] = useState(0);

  const getWorker = useCallback(() => {
    workerRef.current ??= new CsvWorkerClient();
    return workerRef.current;
  }, []);

  // Started with the page, so its script is loaded and compiled before a file is dropped.
  useEffect(() => {
    getWorker();
    return () => {
      workerRef.current?.terminate();
      workerRef.current = null;
    };
  }, [getWorker]);

  const load = useCallback(
    async (run: Load): Promise<FullCsvSummary | null> => {
      generation.current += 1;
      const current = generation.current;
      const isCurrent = () => generation.current === current;
      setIsParsing(true);
      setError(null);
      setRowsRead(0);
      try {
        const full = await run(getWorker(), {
          onPreview: (preview) => {
            if (!isCurrent()) return;
            setSummary(preview);
            setWorkbook((known) => withKnownCounts(known, preview.workbook));
          },
          onProgress: (rows) => {
            if (isCurrent()) setRowsRead(rows);
          },
        });
        if (!isCurrent()) return null;
        performance.mark("leadport:file-parsed");
        setSummary(full);
        setWorkbook((known) => withKnownCounts(known, full.workbook));
        return full;
      } catch (caught) {
        if (isCurrent()) {
          setSummary(null);
          setError(caught instanceof Error ? caught.message : String(caught));
        }
        return null;
      } finally {
        if (isCurrent()) setIsParsing(false);
      }
    },
    [getWorker],
  );

  const open = useCallback(
    (next: File) => {
      setFile(next);
      setSummary(null);
      setWorkbook(null);
      setChoice({});
      if (next.size > MAX_WIZARD_FILE_BYTES) {
        generation.current += 1;
        setError(
          `The file is larger than ${formatMegabytes(MAX_WIZARD_FILE_BYTES)}; one import takes at most ${formatCount(MAX_WIZARD_ROWS)} rows.`,
        );
        return Promise.resolve(null);
      }
      return load((worker, progress) =>
        worker.request({ type: "open", file: next, choice: {} }, progress),
      );
    },
    [load],
  );

  /**
   * Parses again with the encoding or delimiter the user forced (the others still detected), or
   * another sheet of a workbook.
   */
  const reparse = useCallback(
    (change: ParseChoice) => {
      const next = { ...choice, ...change };
      setChoice(next);
      return load((worker, progress) =>
        worker.request({ type: "reparse", choice: next }, progress),
      );
    },
    [choice, load],
  );

  const reset = useCallback(() => {
    generation.current += 1;
    setFile(null);
    setSummary(null);
    setWorkbook(null);
    setChoice({});
    setError(null);
    setIsParsing(false);
  }, []);

  const full = summary && !summary.isPreview ? (summary as FullCsvSummary) : null;
  return {
    file,
    summary,
    workbook,
    full,
    error,
    isParsing,
    rowsRead,
    open,
    reparse,
    reset,
    getWorker,
  };
}

export type CsvFileState = ReturnType<typeof useCsvFile>;

"use client";

import { useCallback, useEffect } from "react";
import type { MappedColumn } from "@/lib/leads/leads-from-rows";
import { type OptionsForm, toApiOptions } from "../options/import-options";
import { useWizardRun, type WizardClient } from "../run/use-wizard-run";
import type { CsvWorkerClient } from "../worker/csv-worker-client";
import type { FullCsvSummary } from "../worker/worker-protocol";
import { forgetRun, type ResumeRecord, rememberRun } from "./resume-store";

export interface BeginImport {
  file: File;
  fingerprint: string;
  summary: FullCsvSummary;
  columns: MappedColumn[];
  mapping: Record<string, string>;
  options: OptionsForm;
}

/**
 * Opens the import's record (with the rows skipped by choice), saves the mapping (and a workbook's
 * sheet) for next time, keeps the review's edits in the worker's IndexedDB and remembers the run
 * for resuming.
 */
async function openImport(
  client: WizardClient,
  worker: CsvWorkerClient,
  input: BeginImport,
): Promise<string> {
  const { summary } = input;
  const skippedRows = await worker.request({ type: "skippedRowNumbers" });
  const { importId } = await client.imports.start.mutate({
    fileName: input.file.name,
    fileSize: input.file.size,
    totalRows: summary.totalRows,
    encoding: summary.encoding,
    delimiter: summary.delimiter,
    sheet: summary.workbook?.sheet,
    mapping: input.mapping,
    options: toApiOptions(input.options),
    skippedRows,
  });
  // Without its edits a resumed import would send rows unedited: it is then not offered.
  const edits = await worker
    .request({ type: "saveEdits", importId })
    .catch(() => ({ editedCells: -1, skippedRows: -1 }));
  const workbook = summary.workbook && {
    sheets: summary.workbook.sheets.map((sheet) => sheet.name),
    sheet: summary.workbook.sheet,
  };
  void client.imports.saveMapping
    .mutate({ headers: summary.headers, mapping: input.mapping, workbook })
    .catch(() => {});
  rememberRun({
    importId,
    fingerprint: input.fingerprint,
    fileName: input.file.name,
    encoding: summary.encoding,
    delimiter: summary.delimiter,
    sheet: summary.workbook?.sheet,
    columns: input.columns,
    options: input.options,
    edits,
    startedAt: new Date().toISOString(),
  });
  return importId;
}

/** Step 4: one `imports` record, its chunks a few at a time, finished or canceled, resumable. */
export function useImportRun(getWorker: () => CsvWorkerClient, client: WizardClient) {
  const run = useWizardRun(getWorker, client);
  const { start, state } = run;

  // A finished import has nothing left to resume.
  const finishedId =
    state.phase === "done" || state.phase === "canceled" ? state.run.importId : null;
  useEffect(() => {
    if (finishedId) forgetRun(finishedId);
  }, [finishedId]);

  const begin = useCallback(
    (input: BeginImport) =>
      start({
        kind: "import",
        columns: input.columns,
        options: toApiOptions(input.options),
        open: () => openImport(client, getWorker(), input),
      }),
    [client, getWorker, start],
  );

  /** Sends only the chunks the server has not applied yet. */
  const resume = useCallback(
    (record: ResumeRecord, doneChunks: number[]) =>
      start({
        kind: "import",
        columns: record.columns,
        options: toApiOptions(record.options),
        resume: { importId: record.importId, doneChunks },
      }),
    [start],
  );

  return { ...run, begin, resume };
}

export type ImportRun = ReturnType<typeof useImportRun>;

"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { useTRPCClient } from "@/components/trpc-provider";
import { isResumable } from "@/lib/fields/import-statuses";
import { useCsvFile } from "./drop/use-csv-file";
import { fileFingerprint, findRun, forgetRun, type ResumeRecord } from "./import/resume-store";
import { useImportRun } from "./import/use-import-run";
import { mappedColumns, mappingRecord } from "./mapping/column-choice";
import { useColumnMapping } from "./mapping/use-column-mapping";
import { DEFAULT_OPTIONS, type OptionsForm } from "./options/import-options";
import { useDryRun } from "./options/use-dry-run";
import { useReview } from "./review/use-review";
import type { EditCounts, FullCsvSummary, ParseChoice } from "./worker/worker-protocol";

export const WIZARD_STEPS = [
  { id: "drop", title: "Choose a file" },
  { id: "mapping", title: "Map columns" },
  { id: "options", title: "Options and dry run" },
  { id: "import", title: "Import" },
  { id: "result", title: "Result" },
] as const;

export type WizardStep = (typeof WIZARD_STEPS)[number]["id"];

/** How to read the file again as a stored run read it. */
function parseChoiceOf(record: ResumeRecord): ParseChoice {
  if (record.encoding === "xlsx") return { sheet: record.sheet };
  return { encoding: record.encoding, delimiter: record.delimiter };
}

export interface ResumeOffer {
  record: ResumeRecord;
  doneChunks: number[];
  processedRows: number;
  totalRows: number;
  /** Why it cannot be resumed here after all. */
  problem?: string;
}

const EDITS_MISSING =
  "The rows you edited before starting this import are no longer kept in this browser, so the rest could not be sent as you edited them. Start a new import of the file instead.";

/** The edits a resumed import was started with are back in the worker (or there were none). */
function hasEditsBack(record: ResumeRecord, restored: EditCounts | null): boolean {
  const expected = record.edits ?? { editedCells: 0, skippedRows: 0 };
  if (expected.editedCells === 0 && expected.skippedRows === 0) return true;
  return (
    restored?.editedCells === expected.editedCells && restored.skippedRows === expected.skippedRows
  );
}

/** The import wizard's whole state: file, mapping, options, dry run, import and result. */
export function useImportWizard(initialOptions: OptionsForm = DEFAULT_OPTIONS) {
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const csv = useCsvFile();
  const mapping = useColumnMapping(csv.full);
  const dryRun = useDryRun(csv.getWorker, client);
  const importRun = useImportRun(csv.getWorker, client);
  const [step, setStep] = useState<WizardStep>("drop");
  const [options, setOptions] = useState<OptionsForm>(initialOptions);
  const review = useReview(
    csv.getWorker,
    csv.full && !csv.full.isTooLong
      ? { columns: mappedColumns(mapping.choices), dataCleanup: options.dataCleanup }
      : null,
  );
  const [resumeOffer, setResumeOffer] = useState<ResumeOffer | null>(null);
  /** The sheet read because this workspace imported from it last time, if any. */
  const [rememberedSheet, setRememberedSheet] = useState<string | null>(null);

  // The import step hands over to the result as soon as the run is finished or canceled; cached
  // leads, imports and the saved mapping are out of date from then on.
  const importPhase = importRun.state.phase;
  useEffect(() => {
    if (importPhase !== "done" && importPhase !== "canceled") return;
    setStep("result");
    void queryClient.invalidateQueries();
  }, [importPhase, queryClient]);

  const { reset: resetDryRun } = dryRun;
  const { reset: resetImport } = importRun;

  /**
   * A run of this very file still open on the server, from a closed tab, a lost network or a
   * server that stopped in the middle of it (interrupted).
   */
  const findResumable = useCallback(
    async (file: File) => {
      const record = findRun(fileFingerprint(file));
      if (!record) return;
      try {
        const run = await client.imports.get.query({ importId: record.importId });
        if (!isResumable(run.status)) {
          forgetRun(record.importId);
          return;
        }
        const { doneChunks, processedRows, totalRows } = run;
        setResumeOffer({ record, doneChunks, processedRows, totalRows });
      } catch {
        // Another workspace's run, or the server is away: offer nothing.
      }
    },
    [client],
  );

  /** A workbook with the sheets of one imported before opens on the sheet chosen then. */
  const openRememberedSheet = useCallback(
    async (full: FullCsvSummary): Promise<FullCsvSummary | null> => {
      const workbook = full.workbook;
      if (!workbook || workbook.sheets.length < 2) return full;
      const sheets = workbook.sheets.map((sheet) => sheet.name);
      const saved = await client.imports.savedSheet.query({ sheets }).catch(() => null);
      if (!saved) return full;
      setRememberedSheet(saved.sheet);
      return saved.sheet === workbook.sheet ? full : csv.reparse({ sheet: saved.sheet });
    },
    [client, csv.reparse],
  );

  const openFile = useCallback(
    async (file: File) => {
      performance.mark("leadport:file-dropped");
      resetDryRun();
      resetImport();
      setResumeOffer(null);
      setRememberedSheet(null);
      setStep("drop");
      const opened = await csv.open(file);
      const full = opened && (await openRememberedSheet(opened));
      if (full && !full.isTooLong) await findResumable(file);
    },
    [csv.open, findResumable, openRememberedSheet, resetDryRun, resetImport],
  );

  const changeParse = useCallback(
    (choice: ParseChoice) => {
      resetDryRun();
      return csv.reparse(choice);
    },
    [csv.reparse, resetDryRun],
  );

  const reviewRevision = review.summary?.revision ?? 0;
  const runDryRun = useCallback(
    () => dryRun.start(mappedColumns(mapping.choices), options, reviewRevision),
    [dryRun.start, mapping.choices, options, reviewRevision],
  );

  const startImport = useCallback(async () => {
    const { file, full } = csv;
    if (!file || !full) return;
    setStep("import");
    await importRun.begin({
      file,
      fingerprint: fileFingerprint(file),
      summary: full,
      columns: mappedColumns(mapping.choices),
      mapping: mappingRecord(mapping.choices),
      options,
    });
  }, [csv, importRun.begin, mapping.choices, options]);

  const resume = useCallback(async () => {
    const offer = resumeOffer;
    let full = csv.full;
    if (!offer || !full) return;
    const { record } = offer;
    const choice = parseChoiceOf(record);
    if (
      full.encoding !== record.encoding ||
      full.delimiter !== record.delimiter ||
      full.workbook?.sheet !== record.sheet
    ) {
      full = await csv.reparse(choice);
      if (!full) return;
    }
    const restored = await csv
      .getWorker()
      .request({ type: "restoreEdits", importId: record.importId })
      .catch(() => null);
    if (!hasEditsBack(record, restored)) {
      setResumeOffer({ ...offer, problem: EDITS_MISSING });
      return;
    }
    mapping.applyColumns(full, record.columns);
    setOptions(record.options);
    setResumeOffer(null);
    setStep("import");
    await importRun.resume(record, offer.doneChunks);
  }, [csv, importRun.resume, mapping.applyColumns, resumeOffer]);

  /** After an import that could not start: its options again, nothing sent. */
  const backToOptions = useCallback(() => {
    resetImport();
    setStep("options");
  }, [resetImport]);

  const startOver = useCallback(() => {
    resetDryRun();
    resetImport();
    csv.reset();
    setOptions(initialOptions);
    setResumeOffer(null);
    setStep("drop");
  }, [csv.reset, resetDryRun, resetImport, initialOptions]);

  return {
    step,
    goTo: setStep,
    csv,
    mapping,
    options,
    setOptions,
    dryRun,
    review,
    importRun,
    resumeOffer,
    rememberedSheet,
    openFile,
    changeParse,
    runDryRun,
    startImport,
    resume,
    backToOptions,
    startOver,
  };
}

export type ImportWizardState = ReturnType<typeof useImportWizard>;

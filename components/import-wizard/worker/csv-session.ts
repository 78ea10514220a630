import { CsvFormatError } from "@/lib/csv/csv-format-error";
import { buildFailedRowsCsv } from "@/lib/csv/failed-rows-csv";
import type { MappedColumn } from "@/lib/leads/leads-from-rows";
import type { NumberedOutcome } from "@/lib/leads/row-outcome";
import { detectMapping, MAPPING_SAMPLE_ROWS } from "@/lib/mapping/detect-mapping";
import type { MappingTarget } from "@/lib/mapping/mapping-target";
import { openWorkbook } from "@/lib/xlsx/open-workbook";
import { skipHiddenColumns } from "@/lib/xlsx/skip-hidden-columns";
import { isZipUpload } from "@/lib/xlsx/workbook-signature";
import type { RunKind } from "../run/run-machine";
import { archiveEdits, findArchivedEdits } from "./edits-archive";
import { fileByteSource } from "./file-byte-source";
import { columnSamples, fileSummary, firstRows } from "./file-summary";
import { OpenFile, sentColumns } from "./open-file";
import { type ChunkPlan, chunkCountOf, chunkRows, chunkSizesOf, planChunks } from "./plan-chunks";
import { previewCleanup } from "./preview-cleanup";
import { type FileSource, previewFile, readWizardFile } from "./read-wizard-file";
import { ReportView } from "./report-view";
import { ReviewSession } from "./review-session";
import type { DryRunChanges } from "./review-types";
import { RunOutcomes } from "./run-outcomes";
import type {
  CheckSettings,
  CheckSummary,
  ChunkPlanSummary,
  CsvSummary,
  EditCounts,
  FullCsvSummary,
  ParseChoice,
  PlannedChunk,
} from "./worker-protocol";

const CLEANUP_SCAN_ROWS = 500;

/** What the page hears while a file is read. */
export interface ReadListener {
  onPreview(preview: CsvSummary): void;
  onProgress(rowsRead: number): void;
}

/** What the session keeps of a file read whole, and the views over it. */
interface Opened {
  open: OpenFile;
  report: ReportView;
  review: ReviewSession;
}

/**
 * The worker's state for one dropped file: where its bytes are (and the workbook they are, if they
 * are one), its rows with the user's edits and checks (`OpenFile`), the chunk plan, and the row
 * report and the review over them. Rows never leave the worker in bulk; the page asks for what it
 * shows or sends.
 */
export class CsvSession {
  #source: FileSource | null = null;
  #opened: Opened | null = null;
  /** The run's chunks, and the columns they send (those mapped to a field). */
  #plan: { chunks: ChunkPlan; columns: MappedColumn[] } | null = null;

  async open(file: Blob, choice: ParseChoice, listener: ReadListener): Promise<FullCsvSummary> {
    this.#source = null;
    this.#opened = null;
    const bytes = await fileByteSource(file);
    // Opened once per file: its shared strings and styles serve every sheet and every parse.
    const workbook = bytes.length > 0 && isZipUpload(bytes) ? openWorkbook(bytes) : null;
    this.#source = { bytes, workbook };
    return this.parse(choice, listener);
  }

  /** Reads the file (again): the rows, and with them any edits, start afresh. */
  parse(choice: ParseChoice, listener: ReadListener): FullCsvSummary {
    const source = this.#source;
    if (!source) throw new Error("No file is open");
    this.#opened = null;
    this.#plan = null;
    if (source.bytes.length === 0) throw new CsvFormatError("The file is empty (0 bytes).");
    const preview = previewFile(source, choice);
    if (preview.headers.length === 0) throw new CsvFormatError("The file has no text in it.");
    if (preview.previewRows.length === 0) {
      throw new CsvFormatError("The file has a header row but no rows of data.");
    }
    listener.onPreview(preview);
    const open = new OpenFile(readWizardFile(source, choice, listener.onProgress));
    this.#opened = { open, report: new ReportView(open), review: reviewOf(open) };
    return {
      ...fileSummary(open.file),
      samples: columnSamples(open.file.rows),
      detected: this.detect({}),
    };
  }

  get review(): ReviewSession {
    return this.#require().review;
  }

  get report(): ReportView {
    return this.#require().report;
  }

  detect(explicit: Record<string, MappingTarget>) {
    const { file } = this.#require().open;
    const sample = firstRows(file.rows, MAPPING_SAMPLE_ROWS);
    return skipHiddenColumns(detectMapping(file.headers, sample, explicit), file.hiddenColumns);
  }

  cleanupPreview(columns: MappedColumn[], defaultCountry: string | undefined) {
    const { open } = this.#require();
    const rowCount = Math.min(CLEANUP_SCAN_ROWS, open.rowCount);
    const records = open.records(
      Array.from({ length: rowCount }, (_, index) => index),
      columns,
    );
    return previewCleanup(records, (index) => open.rowNumberOf(index), defaultCountry);
  }

  /** Every row checked with the engine's rules; kept up to date as rows are edited. */
  check(settings: CheckSettings): CheckSummary {
    return { counts: { ...this.#require().open.checksFor(settings).counts } };
  }

  /** Plans a run's chunks; the outcomes kept of that kind of run start afresh. */
  plan(run: RunKind, settings: CheckSettings): ChunkPlanSummary {
    const { open, report, review } = this.#require();
    const checks = open.checksFor(settings);
    if (run === "dry-run") {
      open.previousDryRun = open.runs["dry-run"];
      review.review.dryRunStarted();
    }
    open.runs[run] = new RunOutcomes(open.rowCount);
    report.changed();
    const sent = sentColumns(settings.columns);
    const chunks = planChunks(
      open.rowCount,
      (row) => checks.checkOf(row),
      (row) => sentCharacters(open, sent, row),
    );
    this.#plan = { chunks, columns: sent };
    return {
      chunkCount: chunkCountOf(chunks),
      chunkRows: chunkSizesOf(chunks),
      sendRows: chunks.rows.length,
      repeatCount: checks.counts.repeated,
      skippedCount: checks.counts.skipped,
    };
  }

  /** A chunk's rows as records, through the edits, with each edited cell and its original. */
  chunk(index: number): PlannedChunk {
    const { open } = this.#require();
    const plan = this.#plan;
    const rows = plan ? [...chunkRows(plan.chunks, index)] : [];
    if (!plan || rows.length === 0) throw new Error(`No chunk ${index} in the plan`);
    const edits = rows.flatMap((row) =>
      open.edits.editsOf(row).map((edit) => ({
        row: open.rowNumberOf(row),
        column: open.file.headers[edit.column] ?? "",
        before: edit.before,
        after: edit.after,
      })),
    );
    return {
      rowNumbers: rows.map((row) => open.rowNumberOf(row)),
      targets: plan.columns.map(({ target }) => target),
      rows: open.cellsOf(rows, plan.columns),
      edits,
    };
  }

  keepOutcomes(run: RunKind, outcomes: readonly NumberedOutcome[]): null {
    const { open, report } = this.#require();
    this.#runOutcomes(run).keep(outcomes, (row) => open.indexOf(row));
    report.changed();
    return null;
  }

  keepFailures(run: RunKind, failures: ReadonlyArray<{ row: number; error: string }>): null {
    this.#runOutcomes(run).keepRecordedFailures(failures);
    this.#require().report.changed();
    return null;
  }

  /** How the previous dry run's failing rows fared in the last one; null after the first. */
  dryRunChanges(): DryRunChanges | null {
    const { open } = this.#require();
    const before = open.previousDryRun;
    const after = open.runs["dry-run"];
    if (!before || !after) return null;
    let fixed = 0;
    let skipped = 0;
    for (let index = 0; index < open.rowCount; index += 1) {
      if (before.kindOf(index) !== "failed") continue;
      if (open.edits.isSkipped(index)) skipped += 1;
      else if (after.kindOf(index) !== undefined && after.kindOf(index) !== "failed") fixed += 1;
    }
    return { fixed, skipped, failing: after.countOf("failed") };
  }

  /** The row numbers skipped by choice, as the import's record keeps them. */
  skippedRowNumbers(): number[] {
    const { open } = this.#require();
    return open.edits.skippedRowList().map((index) => open.rowNumberOf(index));
  }

  /** Keeps the edits in the browser for this import, so that resuming it sends the same rows. */
  async saveEdits(importId: string): Promise<EditCounts> {
    const { edits } = this.#require().open;
    await archiveEdits(importId, edits.snapshot());
    return editCounts(this.#require().open);
  }

  /** Puts back the edits an import was started with; null when this browser has none for it. */
  async restoreEdits(importId: string): Promise<EditCounts | null> {
    const { open, report } = this.#require();
    const snapshot = await findArchivedEdits(importId);
    if (!snapshot) return null;
    open.edits.restore(snapshot);
    open.forgetChecks();
    report.changed();
    return editCounts(open);
  }

  failedRowsCsv(failures: Array<{ row: number; error: string }>): string {
    const { open } = this.#require();
    const rows = [...failures]
      .sort((a, b) => a.row - b.row)
      .map((failure) => ({ cells: open.cells(open.indexOf(failure.row)), error: failure.error }));
    return buildFailedRowsCsv(open.file.headers, rows);
  }

  #runOutcomes(run: RunKind): RunOutcomes {
    const outcomes = this.#require().open.runs[run];
    if (!outcomes) throw new Error(`No ${run} has started`);
    return outcomes;
  }

  #require(): Opened {
    if (!this.#opened) throw new Error("The file is not parsed yet");
    return this.#opened;
  }
}

/** A cell's quotes and comma in a chunk's JSON. */
const CELL_SYNTAX_CHARACTERS = 3;

/**
 * What a row's chunk carries for it: its cells of the `sent` columns, and its edits with their
 * originals.
 */
function sentCharacters(open: OpenFile, sent: readonly MappedColumn[], row: number): number {
  let characters = 0;
  for (const { index } of sent) {
    characters += open.edits.cell(row, index).length + CELL_SYNTAX_CHARACTERS;
  }
  if (!open.edits.isRowEdited(row)) return characters;
  for (const edit of open.edits.editsOf(row)) {
    characters +=
      edit.before.length + edit.after.length + (open.file.headers[edit.column]?.length ?? 0);
  }
  return characters;
}

function editCounts(open: OpenFile): EditCounts {
  return { editedCells: open.edits.editedCells, skippedRows: open.edits.skippedRows };
}

function reviewOf(open: OpenFile): ReviewSession {
  return new ReviewSession({
    edits: open.edits,
    rowCount: open.rowCount,
    headers: open.file.headers,
    checks: () => open.checks(),
    emailColumn: () => open.emailColumn(),
    dataCleanup: () => open.settings?.dataCleanup ?? true,
    columns: () => open.settings?.columns ?? [],
    dryRun: () => open.runs["dry-run"],
    original: (row, column) => open.file.rows.cell(row, column),
    rowNumberOf: (index) => open.rowNumberOf(index),
  });
}

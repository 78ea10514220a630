import { CsvFormatError } from "@/lib/csv/csv-format-error";
import { buildFailedRowsCsv } from "@/lib/csv/failed-rows-csv";
import { rowNumberOf } from "@/lib/csv/row-number";
import type { LeadRecord } from "@/lib/fields/catalogue";
import { leadsFromRows, type MappedColumn } from "@/lib/leads/leads-from-rows";
import type { NumberedOutcome } from "@/lib/leads/row-outcome";
import { detectMapping, MAPPING_SAMPLE_ROWS } from "@/lib/mapping/detect-mapping";
import type { MappingTarget } from "@/lib/mapping/mapping-target";
import { openWorkbook } from "@/lib/xlsx/open-workbook";
import { skipHiddenColumns } from "@/lib/xlsx/skip-hidden-columns";
import { isZipUpload } from "@/lib/xlsx/workbook-signature";
import { entryFor, type ReportRow, type ReportSources } from "../result/row-report-model";
import type { RunKind } from "../run/run-machine";
import { fileByteSource } from "./file-byte-source";
import { columnSamples, fileSummary, firstRows } from "./file-summary";
import { type ChunkPlan, chunkCountOf, chunkRows, chunkSizesOf, planChunks } from "./plan-chunks";
import { previewCleanup } from "./preview-cleanup";
import { type FileSource, previewFile, readWizardFile, type WizardFile } from "./read-wizard-file";
import { RowChecks } from "./row-checks";
import { RowEdits } from "./row-edits";
import { RowFilter, windowOf } from "./row-filter";
import { RunOutcomes } from "./run-outcomes";
import type {
  CheckSettings,
  CheckSummary,
  ChunkPlanSummary,
  CsvSummary,
  FullCsvSummary,
  ParseChoice,
  PlannedChunk,
  ReportWindow,
} from "./worker-protocol";

const CLEANUP_SCAN_ROWS = 500;

/** What the page hears while a file is read. */
export interface ReadListener {
  onPreview(preview: CsvSummary): void;
  onProgress(rowsRead: number): void;
}

/** The file's rows as a run sees them: through the user's edits. */
interface OpenFile {
  file: WizardFile;
  edits: RowEdits;
}

/**
 * The worker's state for one dropped file: where its bytes are (and the workbook they are, if they
 * are one), its rows (a RowStore), the user's edits over them, every row's check, the chunk plan
 * and each run's outcomes. Rows never leave the worker in bulk; the page asks for what it shows or
 * sends.
 */
export class CsvSession {
  #source: FileSource | null = null;
  #open: OpenFile | null = null;
  #checks: { key: string; emailColumn: number | null; checks: RowChecks } | null = null;
  #plan: { chunks: ChunkPlan; columns: MappedColumn[] } | null = null;
  #runs: Partial<Record<RunKind, RunOutcomes>> = {};
  #report = new RowFilter();
  /** Bumped whenever what a report shows may have changed. */
  #revision = 0;

  async open(file: Blob, choice: ParseChoice, listener: ReadListener): Promise<FullCsvSummary> {
    this.#source = null;
    this.#open = null;
    const bytes = await fileByteSource(file);
    // Opened once per file: its shared strings and styles serve every sheet and every parse.
    const workbook = bytes.length > 0 && isZipUpload(bytes) ? openWorkbook(bytes) : null;
    this.#source = { bytes, workbook };
    return this.parse(choice, listener);
  }

  parse(choice: ParseChoice, listener: ReadListener): FullCsvSummary {
    const source = this.#source;
    if (!source) throw new Error("No file is open");
    this.#open = null;
    this.#forgetChecks();
    if (source.bytes.length === 0) throw new CsvFormatError("The file is empty (0 bytes).");
    const preview = previewFile(source, choice);
    if (preview.headers.length === 0) throw new CsvFormatError("The file has no text in it.");
    if (preview.previewRows.length === 0) {
      throw new CsvFormatError("The file has a header row but no rows of data.");
    }
    listener.onPreview(preview);
    const file = readWizardFile(source, choice, listener.onProgress);
    const edits = new RowEdits(file.rows.width, (row, column) => file.rows.cell(row, column));
    this.#open = { file, edits };
    return {
      ...fileSummary(file),
      samples: columnSamples(file.rows),
      detected: this.detect({}),
    };
  }

  detect(explicit: Record<string, MappingTarget>) {
    const { file } = this.#require();
    const detected = detectMapping(
      file.headers,
      firstRows(file.rows, MAPPING_SAMPLE_ROWS),
      explicit,
    );
    return skipHiddenColumns(detected, file.hiddenColumns);
  }

  cleanupPreview(columns: MappedColumn[], defaultCountry: string | undefined) {
    const rowCount = Math.min(CLEANUP_SCAN_ROWS, this.#require().file.rows.length);
    const records = this.#records(
      Array.from({ length: rowCount }, (_, index) => index),
      columns,
    );
    return previewCleanup(records, (index) => this.#rowNumberOf(index), defaultCountry);
  }

  /** Every row checked with the engine's rules; kept up to date as rows are edited. */
  check(settings: CheckSettings): CheckSummary {
    return { counts: { ...this.#checksFor(settings).counts } };
  }

  plan(run: RunKind, settings: CheckSettings): ChunkPlanSummary {
    const checks = this.#checksFor(settings);
    this.#runs[run] = new RunOutcomes(this.#require().file.rows.length);
    this.#revision += 1;
    const { file, edits } = this.#require();
    const mapped = settings.columns.filter((column) => column.target !== "skip");
    const charactersOf = (row: number) => {
      let characters = 0;
      for (const { index, target } of mapped) {
        const cell = edits.cell(row, index);
        if (cell.trim() !== "") characters += cell.length + target.length;
      }
      return characters;
    };
    const chunks = planChunks(file.rows.length, (row) => checks.checkOf(row), charactersOf);
    this.#plan = { chunks, columns: settings.columns };
    return {
      chunkCount: chunkCountOf(chunks),
      chunkRows: chunkSizesOf(chunks),
      sendRows: chunks.rows.length,
      repeatCount: checks.counts.repeated,
    };
  }

  chunk(index: number): PlannedChunk {
    const plan = this.#plan;
    const rows = plan ? [...chunkRows(plan.chunks, index)] : [];
    if (!plan || rows.length === 0) throw new Error(`No chunk ${index} in the plan`);
    return {
      rowNumbers: rows.map((row) => this.#rowNumberOf(row)),
      records: this.#records(rows, plan.columns),
    };
  }

  keepOutcomes(run: RunKind, outcomes: readonly NumberedOutcome[]): null {
    this.#runOutcomes(run).keep(outcomes, (row) => this.#indexOf(row));
    this.#revision += 1;
    return null;
  }

  keepFailures(run: RunKind, failures: ReadonlyArray<{ row: number; error: string }>): null {
    this.#runOutcomes(run).keepRecordedFailures(failures);
    this.#revision += 1;
    return null;
  }

  reportRows(window: ReportWindow): { total: number; rows: ReportRow[] } {
    const rowCount = this.#require().file.rows.length;
    const sources = this.#reportSources(window);
    const entry = (index: number) => entryFor(index, this.#rowNumberOf(index), sources);
    const { filter } = window;
    const key = `${window.run}|${filter}|${window.hasEarlierChunks}|${this.#revision}`;
    const keeps = filter === "all" ? null : (index: number) => entry(index).kind === filter;
    const kept = this.#report.rows(key, rowCount, keeps);
    const { total, indexes } = windowOf(kept, rowCount, window.from, window.count);
    const rows = indexes.map((index) => ({
      row: this.#rowNumberOf(index),
      email: this.#emailOf(index) ?? "",
      ...entry(index),
    }));
    return { total, rows };
  }

  failedRowsCsv(failures: Array<{ row: number; error: string }>): string {
    const { file, edits } = this.#require();
    const rows = [...failures]
      .sort((a, b) => a.row - b.row)
      .map((failure) => {
        const index = this.#indexOf(failure.row);
        const cells = Array.from({ length: file.rows.width }, (_, column) =>
          edits.cell(index, column),
        );
        return { cells, error: failure.error };
      });
    return buildFailedRowsCsv(file.headers, rows);
  }

  #reportSources(window: ReportWindow): ReportSources {
    const outcomes = this.#runs[window.run];
    const checks = this.#checks?.checks;
    return {
      outcomeOf: (index, row) => outcomes?.outcomeOf(index, row),
      repeatOf: (index) => {
        if (checks?.checkOf(index) !== "repeated") return undefined;
        const first = checks.firstRowOf(index);
        return first === undefined ? undefined : this.#rowNumberOf(first);
      },
      recordedFailureOf: (row) => outcomes?.recordedFailureOf(row),
      isDryRun: window.run === "dry-run",
      hasEarlierChunks: window.hasEarlierChunks,
    };
  }

  #checksFor(settings: CheckSettings): RowChecks {
    const emailColumn = emailColumnOf(settings.columns);
    const key = JSON.stringify([emailColumn, settings.dataCleanup]);
    if (this.#checks?.key === key) return this.#checks.checks;
    const { file, edits } = this.#require();
    const checks = new RowChecks(
      {
        rowCount: file.rows.length,
        emailOf: (row) => cellValue(emailColumn === null ? "" : edits.cell(row, emailColumn)),
        isSkipped: (row) => edits.isSkipped(row),
      },
      settings.dataCleanup,
    );
    this.#checks = { key, emailColumn, checks };
    this.#revision += 1;
    return checks;
  }

  #forgetChecks(): void {
    this.#checks = null;
    this.#plan = null;
    this.#runs = {};
    this.#report.forget();
    this.#revision += 1;
  }

  #emailOf(index: number): string | undefined {
    const column = this.#checks?.emailColumn;
    if (column === null || column === undefined) return undefined;
    return this.#require().edits.cell(index, column);
  }

  #records(indexes: readonly number[], columns: readonly MappedColumn[]): LeadRecord[] {
    const { file, edits } = this.#require();
    const rows = indexes.map((index) =>
      Array.from({ length: file.rows.width }, (_, column) => edits.cell(index, column)),
    );
    return leadsFromRows(rows, columns);
  }

  #runOutcomes(run: RunKind): RunOutcomes {
    const outcomes = this.#runs[run];
    if (!outcomes) throw new Error(`No ${run} has started`);
    return outcomes;
  }

  #rowNumberOf(index: number): number {
    return rowNumberOf(this.#require().file.headerRowNumber, index);
  }

  #indexOf(rowNumber: number): number {
    return rowNumber - this.#require().file.headerRowNumber - 1;
  }

  #require(): OpenFile {
    if (!this.#open) throw new Error("The file is not parsed yet");
    return this.#open;
  }
}

/** The column the engine takes the email from: the last one mapped to it, as leadsFromRows does. */
function emailColumnOf(columns: readonly MappedColumn[]): number | null {
  let column: number | null = null;
  for (const mapped of columns) if (mapped.target === "email") column = mapped.index;
  return column;
}

/** A cell as leadsFromRows reads it: blank is no value. */
function cellValue(cell: string): string | undefined {
  return cell.trim() === "" ? undefined : cell;
}

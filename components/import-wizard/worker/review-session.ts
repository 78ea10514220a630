import { cleanLead } from "@/lib/cleanup/clean-lead";
import { isStandardField, type LeadRecord } from "@/lib/fields/catalogue";
import { suggestEmailFix } from "@/lib/leads/email-typo-fixes";
import { leadsFromRows, type MappedColumn } from "@/lib/leads/leads-from-rows";
import { type FindReplace, replacerOf } from "./find-replace";
import type { ReviewSummary, ReviewView, RowDetail, TypoSuggestion } from "./review-types";
import type { CellChange } from "./row-edits";
import { type ReviewSource, RowReview } from "./row-review";

/** Typo suggestions the page lists; accepting "all" takes every one, listed or not. */
const LISTED_SUGGESTIONS = 500;

/** What the review actions read besides the review's source: the headers and the mapping. */
export interface ReviewActionsSource extends ReviewSource {
  readonly headers: readonly string[];
  columns(): readonly MappedColumn[];
}

/**
 * The review grid's actions in the worker, over RowReview: find and replace in a column, email
 * typo suggestions (never applied until accepted), skipping rows, and one row's detail.
 */
export class ReviewSession {
  readonly review: RowReview;
  readonly #source: ReviewActionsSource;
  #suggestions: TypoSuggestion[] = [];

  constructor(source: ReviewActionsSource) {
    this.#source = source;
    this.review = new RowReview(source);
  }

  /** Cells the find and replace changes (in the view's rows, or every row); applied if asked. */
  findReplace(spec: FindReplace, view: ReviewView | null, isApplied: boolean) {
    const { edits, rowCount } = this.#source;
    const replace = replacerOf(spec);
    const rows = view ? this.review.listOf(view) : null;
    const changes: CellChange[] = [];
    const count = rows ? rows.length : rowCount;
    for (let at = 0; at < count; at += 1) {
      const row = rows ? (rows[at] as number) : at;
      const value = replace(edits.cell(row, spec.column));
      if (value !== null) changes.push({ row, column: spec.column, value });
    }
    if (!isApplied) return { cells: changes.length, summary: this.review.summary() };
    const header = this.#source.headers[spec.column] ?? "";
    const label = `Replace “${spec.find}” with “${spec.replace}” in ${header}`;
    return { cells: changes.length, summary: this.review.edit(changes, label) };
  }

  /** Every row whose email a typo rule would mend (skipped rows left out), the first listed. */
  suggestTypoFixes(): { total: number; suggestions: TypoSuggestion[] } {
    const { edits, rowCount } = this.#source;
    const column = this.#source.emailColumn();
    const dataCleanup = this.#source.dataCleanup();
    this.#suggestions = [];
    if (column !== null) {
      for (let index = 0; index < rowCount; index += 1) {
        if (edits.isSkipped(index)) continue;
        const before = edits.cell(index, column);
        const fix = suggestEmailFix(before, dataCleanup);
        if (!fix) continue;
        const row = this.#source.rowNumberOf(index);
        this.#suggestions.push({ index, row, before, after: fix.value, rules: fix.rules });
      }
    }
    return {
      total: this.#suggestions.length,
      suggestions: this.#suggestions.slice(0, LISTED_SUGGESTIONS),
    };
  }

  /** Applies the chosen suggestions (by row index, or all) whose cell is still as suggested. */
  acceptTypoFixes(indexes: readonly number[] | "all"): ReviewSummary {
    const column = this.#source.emailColumn();
    if (column === null) return this.review.summary();
    const chosen = indexes === "all" ? null : new Set(indexes);
    const changes = this.#suggestions
      .filter((suggestion) => chosen === null || chosen.has(suggestion.index))
      .filter(
        (suggestion) => this.#source.edits.cell(suggestion.index, column) === suggestion.before,
      )
      .map((suggestion) => ({ row: suggestion.index, column, value: suggestion.after }));
    const label = changes.length === 1 ? "Fix 1 email typo" : `Fix ${changes.length} email typos`;
    return this.review.edit(changes, label);
  }

  /** Skips rows by choice (or takes them back): the given rows, or every row of a view. */
  setSkipped(target: { indexes: number[] } | { view: ReviewView }, isSkipped: boolean) {
    const rows =
      "indexes" in target
        ? target.indexes
        : (this.review.listOf(target.view) ?? allRows(this.#source.rowCount));
    const count = rows.length;
    const label = `${isSkipped ? "Skip" : "Take back"} ${count === 1 ? "1 row" : `${count} rows`}`;
    return this.review.setSkipped(rows, isSkipped, label);
  }

  /** One row's edits with the file's values, and what cleanup makes of its mapped values. */
  rowDetail(index: number, defaultCountry: string | undefined): RowDetail {
    const { edits, headers } = this.#source;
    const state = this.review.stateOf(index);
    const columns = this.#source.columns();
    const cells = headers.map((_, column) => edits.cell(index, column));
    const [record = {}] = leadsFromRows([cells], columns);
    const cleaned = this.#source.dataCleanup() ? cleanLead(record, { defaultCountry }) : record;
    const imported: RowDetail["imported"] = [];
    for (const { index: column, target } of columns) {
      const before = valueOf(record, target);
      const after = valueOf(cleaned, target);
      const header = headers[column] ?? "";
      if (before !== undefined && before !== after) {
        imported.push({ header, value: before, imported: after ?? "" });
      }
    }
    return {
      row: this.#source.rowNumberOf(index),
      state,
      detail: this.review.detailOf(index, state),
      edits: edits.editsOf(index).map((edit) => ({
        header: headers[edit.column] ?? "",
        before: edit.before,
        after: edit.after,
      })),
      imported,
    };
  }
}

function allRows(count: number): Int32Array {
  return Int32Array.from({ length: count }, (_, index) => index);
}

/** A mapped column's value in a record: a standard field, or a custom field by its name. */
function valueOf(record: LeadRecord, target: string): string | undefined {
  if (target.startsWith("custom:")) return record.customFields?.[target.slice("custom:".length)];
  if (!isStandardField(target)) return undefined;
  const value = record[target];
  return typeof value === "string" ? value : undefined;
}

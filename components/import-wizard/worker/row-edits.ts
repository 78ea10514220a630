/** One cell's new value, by data row and column. */
export interface CellChange {
  row: number;
  column: number;
  value: string;
}

/** What an edit replaced and left: `undefined` is the file's own value. */
type CellAction = {
  kind: "cells";
  keys: Int32Array;
  before: Array<string | undefined>;
  after: Array<string | undefined>;
};
type SkipAction = { kind: "skip"; rows: Int32Array; isSkipped: boolean };
type Action = (CellAction | SkipAction) & { label: string };

/** The edits as they are saved for a resumed import: the values, not the history. */
export interface EditsSnapshot {
  /** Cells per row when the snapshot was taken: a key is `row × width + column`. */
  width: number;
  cells: Array<[key: number, value: string]>;
  skipped: number[];
}

/** An edited cell with the file's value. */
export interface EditedCell {
  column: number;
  before: string;
  after: string;
}

/**
 * The user's changes over the file's rows, kept beside them (the file's values are never
 * overwritten, so every edit knows its original): edited cells, rows skipped by choice, and the
 * history for undo and redo. A cell set back to the file's value is no longer edited.
 */
export class RowEdits {
  readonly #width: number;
  readonly #original: (row: number, column: number) => string;
  readonly #cells = new Map<number, string>();
  /** Edited cells per row, for the rows that have any. */
  readonly #rowEdits = new Map<number, number>();
  readonly #skipped = new Set<number>();
  #undo: Action[] = [];
  #redo: Action[] = [];

  constructor(width: number, original: (row: number, column: number) => string) {
    this.#width = width;
    this.#original = original;
  }

  cell(row: number, column: number): string {
    return this.#cells.get(row * this.#width + column) ?? this.#original(row, column);
  }

  isEdited(row: number, column: number): boolean {
    return this.#cells.has(row * this.#width + column);
  }

  isRowEdited(row: number): boolean {
    return this.#rowEdits.has(row);
  }

  isSkipped(row: number): boolean {
    return this.#skipped.has(row);
  }

  /** The row's edited cells with their original values, in column order. */
  editsOf(row: number): EditedCell[] {
    const edits: EditedCell[] = [];
    for (let column = 0; column < this.#width; column += 1) {
      const after = this.#cells.get(row * this.#width + column);
      if (after !== undefined) edits.push({ column, before: this.#original(row, column), after });
    }
    return edits;
  }

  /** Rows with at least one edited cell, in file order. */
  editedRows(): number[] {
    return [...this.#rowEdits.keys()].sort((a, b) => a - b);
  }

  get editedCells(): number {
    return this.#cells.size;
  }

  get editedRowCount(): number {
    return this.#rowEdits.size;
  }

  /** Rows skipped by choice, in file order. */
  skippedRowList(): number[] {
    return [...this.#skipped].sort((a, b) => a - b);
  }

  get skippedRows(): number {
    return this.#skipped.size;
  }

  get history() {
    return {
      undo: this.#undo.at(-1)?.label ?? null,
      redo: this.#redo.at(-1)?.label ?? null,
    };
  }

  /** Applies the changes as one step of the history; answers the rows changed. */
  edit(changes: readonly CellChange[], label: string): number[] {
    const keys: number[] = [];
    const before: Array<string | undefined> = [];
    const after: Array<string | undefined> = [];
    for (const change of changes) {
      const key = change.row * this.#width + change.column;
      const next =
        change.value === this.#original(change.row, change.column) ? undefined : change.value;
      const current = this.#cells.get(key);
      if (current === next) continue;
      keys.push(key);
      before.push(current);
      after.push(next);
    }
    if (keys.length === 0) return [];
    return this.#do({ kind: "cells", keys: Int32Array.from(keys), before, after, label });
  }

  /** Skips rows (or takes them back) as one step of the history; answers the rows changed. */
  setSkipped(rows: Iterable<number>, isSkipped: boolean, label: string): number[] {
    const changed = [...rows].filter((row) => this.#skipped.has(row) !== isSkipped);
    if (changed.length === 0) return [];
    return this.#do({ kind: "skip", rows: Int32Array.from(changed), isSkipped, label });
  }

  undo(): number[] {
    const action = this.#undo.pop();
    if (!action) return [];
    this.#redo.push(action);
    return this.#apply(action, true);
  }

  redo(): number[] {
    const action = this.#redo.pop();
    if (!action) return [];
    this.#undo.push(action);
    return this.#apply(action, false);
  }

  snapshot(): EditsSnapshot {
    return { width: this.#width, cells: [...this.#cells], skipped: [...this.#skipped] };
  }

  /** The values of a snapshot, with no history to undo. */
  restore(snapshot: EditsSnapshot): void {
    if (snapshot.width !== this.#width) {
      throw new Error(
        `The saved edits are for rows of ${snapshot.width} cells, not ${this.#width}`,
      );
    }
    this.#cells.clear();
    this.#rowEdits.clear();
    this.#skipped.clear();
    for (const [key, value] of snapshot.cells) this.#setCell(key, value);
    for (const row of snapshot.skipped) this.#skipped.add(row);
    this.#undo = [];
    this.#redo = [];
  }

  #do(action: Action): number[] {
    this.#undo.push(action);
    this.#redo = [];
    return this.#apply(action, false);
  }

  #apply(action: Action, isUndo: boolean): number[] {
    if (action.kind === "skip") {
      const isSkipped = action.isSkipped !== isUndo;
      for (const row of action.rows) {
        if (isSkipped) this.#skipped.add(row);
        else this.#skipped.delete(row);
      }
      return [...action.rows];
    }
    const values = isUndo ? action.before : action.after;
    const rows = new Set<number>();
    action.keys.forEach((key, at) => {
      this.#setCell(key, values[at]);
      rows.add(Math.floor(key / this.#width));
    });
    return [...rows];
  }

  /** Sets a cell's edited value, or forgets its edit (`undefined`). */
  #setCell(key: number, value: string | undefined): void {
    const row = Math.floor(key / this.#width);
    const wasEdited = this.#cells.has(key);
    if (value === undefined) this.#cells.delete(key);
    else this.#cells.set(key, value);
    const change = (value === undefined ? 0 : 1) - (wasEdited ? 1 : 0);
    if (change === 0) return;
    const count = (this.#rowEdits.get(row) ?? 0) + change;
    if (count > 0) this.#rowEdits.set(row, count);
    else this.#rowEdits.delete(row);
  }
}

import type { MergedRange, SheetRecord } from "./sheet-records";

type Active = MergedRange & { value: string };

/**
 * Gives every cell of a merged range the value a person sees there, the range's top-left value:
 * a header merged over two columns labels both, a company merged down three rows belongs to each.
 * Ranges that end above `fromRow` (the header's row: titles merged across the sheet) are left as
 * they are. Records must come in sheet order; ranges whose top row has no record fill with "".
 */
export class MergeFiller {
  readonly #pending: MergedRange[];
  #active: Active[] = [];

  constructor(
    merges: readonly MergedRange[],
    private readonly fromRow: number,
  ) {
    this.#pending = merges
      .filter((range) => range.bottom + 1 >= fromRow)
      .sort((a, b) => b.top - a.top);
  }

  fill(record: SheetRecord): void {
    if (this.#pending.length === 0 && this.#active.length === 0) return;
    const row = record.rowNumber - 1;
    for (let next = this.#pending.at(-1); next && next.top <= row; next = this.#pending.at(-1)) {
      this.#pending.pop();
      const value = next.top === row ? (record.cells[next.left] ?? "") : "";
      this.#active.push({ ...next, value });
    }
    this.#active = this.#active.filter((range) => range.bottom >= row);
    if (record.rowNumber < this.fromRow) return;
    for (const range of this.#active) {
      if (range.value === "") continue;
      const { cells } = record;
      while (cells.length <= range.right) cells.push("");
      for (let column = range.left; column <= range.right; column += 1) cells[column] = range.value;
    }
  }
}

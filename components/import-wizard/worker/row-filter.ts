/**
 * The rows (data-row indexes, in file order) a filter keeps, computed once and then read a window
 * at a time; computed again when the filter or what it reads (`revision`) changes.
 */
export class RowFilter {
  #key: string | null = null;
  #rows: Int32Array = new Int32Array(0);

  rows(
    key: string,
    rowCount: number,
    keeps: ((index: number) => boolean) | null,
  ): Int32Array | null {
    if (keeps === null) return null;
    if (key !== this.#key) {
      const kept = new Int32Array(rowCount);
      let count = 0;
      for (let index = 0; index < rowCount; index += 1) if (keeps(index)) kept[count++] = index;
      this.#rows = kept.slice(0, count);
      this.#key = key;
    }
    return this.#rows;
  }

  forget(): void {
    this.#key = null;
    this.#rows = new Int32Array(0);
  }
}

/** Rows `from`..`from + count` of a filter's rows (all rows when it keeps every one). */
export function windowOf(
  kept: Int32Array | null,
  rowCount: number,
  from: number,
  count: number,
): { total: number; indexes: number[] } {
  const total = kept ? kept.length : rowCount;
  const start = Math.max(0, Math.min(from, total));
  const end = Math.min(total, start + Math.max(0, count));
  const indexes: number[] = [];
  for (let at = start; at < end; at += 1) indexes.push(kept ? (kept[at] as number) : at);
  return { total, indexes };
}

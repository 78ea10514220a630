/** FNV-1a over UTF-16 units: a number is all the index keeps of an identity. */
export function identityHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < key.length; at += 1) {
    hash = Math.imul(hash ^ key.charCodeAt(at), 0x01000193);
  }
  return hash | 0;
}

/**
 * Which row holds each email identity first, kept up to date as rows change: the wizard's side of
 * "the first occurrence wins". A million identities as strings would hold a million strings for
 * the garbage collector to walk, so the index keeps their hashes, and reads a row's identity again
 * (`identityOf`) only to tell two rows of one hash apart. Most hashes have one row, so only shared
 * hashes keep a list of rows.
 */
export class EmailIndex {
  readonly #identityOf: (row: number) => string | null;
  #first = new Map<number, number>();
  /** Hashes held by more than one row: every row holding it, in file order. */
  #shared = new Map<number, number[]>();

  constructor(identityOf: (row: number) => string | null) {
    this.#identityOf = identityOf;
  }

  /** The first row whose identity is `key`, which `row` (holding `key`, hash `hash`) has too. */
  firstOf(hash: number, row: number, key: string): number {
    const rows = this.#shared.get(hash);
    if (!rows) return this.#first.get(hash) ?? row;
    for (const other of rows) {
      if (other === row || this.#identityOf(other) === key) return other;
    }
    return row;
  }

  /** Every row holding `hash`, in file order. */
  rowsOf(hash: number): readonly number[] {
    const shared = this.#shared.get(hash);
    if (shared) return shared;
    const first = this.#first.get(hash);
    return first === undefined ? [] : [first];
  }

  /** Adds a row; rows added in file order are appended without a search. */
  add(hash: number, row: number): void {
    const first = this.#first.get(hash);
    if (first === undefined) {
      this.#first.set(hash, row);
      return;
    }
    let rows = this.#shared.get(hash);
    if (!rows) {
      rows = [first];
      this.#shared.set(hash, rows);
    }
    insertSorted(rows, row);
    this.#first.set(hash, rows[0] as number);
  }

  remove(hash: number, row: number): void {
    const rows = this.#shared.get(hash);
    if (!rows) {
      if (this.#first.get(hash) === row) this.#first.delete(hash);
      return;
    }
    const at = rows.indexOf(row);
    if (at >= 0) rows.splice(at, 1);
    if (rows.length === 1) this.#shared.delete(hash);
    this.#first.set(hash, rows[0] as number);
  }
}

function insertSorted(rows: number[], row: number): void {
  if (row > (rows[rows.length - 1] as number)) {
    rows.push(row);
    return;
  }
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((rows[middle] as number) < row) low = middle + 1;
    else high = middle;
  }
  if (rows[low] !== row) rows.splice(low, 0, row);
}

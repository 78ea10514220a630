/** Rows per block: a block's text stays small enough to build and drop without a pause. */
const BLOCK_SHIFT = 10;
const BLOCK_ROWS = 1 << BLOCK_SHIFT;
const BLOCK_MASK = BLOCK_ROWS - 1;
/** Cell offsets fit 16 bits while a block's text is shorter than this. */
const SHORT_OFFSETS = 1 << 16;

interface Block {
  /** Every cell of the block's rows, one after the other. */
  text: string;
  /** Where each cell ends in `text`, row after row. */
  ends: Uint16Array | Uint32Array;
}

/**
 * A file's data rows, every one exactly `width` cells, packed for a million rows: each block of
 * 1,024 rows is one string holding all its cells plus a typed array of where each cell ends. A
 * row as an array of strings costs about ten times more (an object and a header per cell), and the
 * garbage collector would walk every cell of a million rows again and again.
 */
export class RowStore {
  readonly width: number;
  #blocks: Block[] = [];
  #pendingCells: string[] = [];
  #pendingRows = 0;
  #length = 0;

  constructor(width: number) {
    this.width = width;
  }

  /** Rows stored. */
  get length(): number {
    return this.#length;
  }

  /** Adds rows at the end; each must have `width` cells. */
  append(rows: readonly (readonly string[])[]): void {
    for (const row of rows) {
      if (row.length !== this.width) {
        throw new Error(`A row has ${row.length} cells, the store takes ${this.width}`);
      }
      for (const cell of row) this.#pendingCells.push(cell);
      this.#pendingRows += 1;
      this.#length += 1;
      if (this.#pendingRows === BLOCK_ROWS) this.#seal();
    }
  }

  /** The cell of row `row` (0-based data row) and column `column`. */
  cell(row: number, column: number): string {
    if (row < 0 || row >= this.#length || column < 0 || column >= this.width) return "";
    const block = this.#blockOf(row);
    if (!block) return this.#pendingCells[(row & BLOCK_MASK) * this.width + column] ?? "";
    const at = (row & BLOCK_MASK) * this.width + column;
    const start = at === 0 ? 0 : (block.ends[at - 1] as number);
    return block.text.slice(start, block.ends[at]);
  }

  row(row: number): string[] {
    const cells: string[] = new Array(this.width);
    for (let column = 0; column < this.width; column += 1) cells[column] = this.cell(row, column);
    return cells;
  }

  #blockOf(row: number): Block | undefined {
    return this.#blocks[row >> BLOCK_SHIFT];
  }

  #seal(): void {
    const cells = this.#pendingCells;
    const text = cells.join("");
    const ends =
      text.length < SHORT_OFFSETS ? new Uint16Array(cells.length) : new Uint32Array(cells.length);
    let end = 0;
    for (let at = 0; at < cells.length; at += 1) {
      end += (cells[at] as string).length;
      ends[at] = end;
    }
    this.#blocks.push({ text, ends });
    this.#pendingCells = [];
    this.#pendingRows = 0;
  }
}

import { CHUNK_ROWS, MAX_CHUNK_CHARACTERS } from "@/lib/limits";
import type { RowCheck } from "./row-checks";

/** The rows an import sends, in file order, cut into chunks. */
export interface ChunkPlan {
  rows: Int32Array;
  /** Where each chunk starts in `rows`, and one past the last chunk's end. */
  starts: Int32Array;
}

/**
 * The rows an import sends and its chunks. The engine dedupes within one request only, so a repeat
 * of an earlier row is held back here (the checks use the engine's identity), and so is a row the
 * user skipped. Rows without a valid email are sent so the server records their failure in its
 * own words. A chunk holds CHUNK_ROWS rows, or fewer once they hold MAX_CHUNK_CHARACTERS
 * (`charactersOf` a row: what its record carries), so its request stays under the body limit.
 */
export function planChunks(
  rowCount: number,
  checkOf: (row: number) => RowCheck,
  charactersOf: (row: number) => number,
  { rows: chunkSize = CHUNK_ROWS, characters: chunkCharacters = MAX_CHUNK_CHARACTERS } = {},
): ChunkPlan {
  const rows = new Int32Array(rowCount);
  const starts: number[] = [0];
  let sent = 0;
  let inChunk = 0;
  let characters = 0;
  for (let row = 0; row < rowCount; row += 1) {
    const check = checkOf(row);
    if (check !== "send" && check !== "failed") continue;
    const size = charactersOf(row);
    if (inChunk > 0 && (inChunk === chunkSize || characters + size > chunkCharacters)) {
      starts.push(sent);
      inChunk = 0;
      characters = 0;
    }
    rows[sent++] = row;
    inChunk += 1;
    characters += size;
  }
  if (sent > 0) starts.push(sent);
  return { rows: rows.slice(0, sent), starts: Int32Array.from(starts.length > 1 ? starts : []) };
}

export function chunkCountOf(plan: ChunkPlan): number {
  return Math.max(0, plan.starts.length - 1);
}

/** The data rows chunk `index` sends. */
export function chunkRows(plan: ChunkPlan, index: number): Int32Array {
  const start = plan.starts[index];
  const end = plan.starts[index + 1];
  return start === undefined || end === undefined
    ? new Int32Array(0)
    : plan.rows.subarray(start, end);
}

/** Rows per chunk, in order. */
export function chunkSizesOf(plan: ChunkPlan): number[] {
  return Array.from({ length: chunkCountOf(plan) }, (_, index) => chunkRows(plan, index).length);
}

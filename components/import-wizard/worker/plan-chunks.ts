import type { LeadRecord } from "@/lib/fields/catalogue";
import { emailIdentity } from "@/lib/leads/email-identity";
import { CHUNK_ROWS } from "@/lib/limits";

export interface ChunkPlan {
  /** Data-row indexes each chunk sends, in file order. */
  chunks: number[][];
  /** [repeat, first occurrence], as data-row indexes. */
  repeats: Array<[number, number]>;
}

/**
 * Which rows go to the server, and in which chunk. The engine dedupes within one request only, so
 * a repeat of an email from an earlier chunk is caught here with the engine's own identity
 * (`emailIdentity`); the first occurrence wins. Rows without a valid
 * email are sent anyway so the server reports their failure in its own words.
 */
export function planChunks(
  records: readonly LeadRecord[],
  dataCleanup: boolean,
  chunkSize = CHUNK_ROWS,
): ChunkPlan {
  const firstByKey = new Map<string, number>();
  const repeats: Array<[number, number]> = [];
  const chunks: number[][] = [];
  let current: number[] = [];
  records.forEach((record, index) => {
    const key = emailIdentity(record.email, dataCleanup);
    if (key !== null) {
      const first = firstByKey.get(key);
      if (first !== undefined) {
        repeats.push([index, first]);
        return;
      }
      firstByKey.set(key, index);
    }
    current.push(index);
    if (current.length === chunkSize) {
      chunks.push(current);
      current = [];
    }
  });
  if (current.length > 0) chunks.push(current);
  return { chunks, repeats };
}

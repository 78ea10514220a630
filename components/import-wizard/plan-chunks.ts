import { cleanEmail, emailKey, isValidEmail } from "@/lib/cleanup/email";
import type { LeadRecord } from "@/lib/fields/catalogue";

/** Rows per `imports.chunk` call: the most the procedure takes. */
export const CHUNK_SIZE = 1_000;

export interface ChunkPlan {
  /** Data-row indexes each chunk sends, in file order. */
  chunks: number[][];
  /** [repeat, first occurrence], as data-row indexes. */
  repeats: Array<[number, number]>;
}

/**
 * Which rows go to the server, and in which chunk. The engine dedupes within one request only, so
 * a repeat of an email from an earlier chunk is caught here with the engine's own identity (the
 * email key, after cleanup when cleanup is on); the first occurrence wins. Rows without a valid
 * email are sent anyway so the server reports their failure in its own words.
 */
export function planChunks(
  records: readonly LeadRecord[],
  dataCleanup: boolean,
  chunkSize = CHUNK_SIZE,
): ChunkPlan {
  const firstByKey = new Map<string, number>();
  const repeats: Array<[number, number]> = [];
  const chunks: number[][] = [];
  let current: number[] = [];
  records.forEach((record, index) => {
    const key = identityOf(record.email, dataCleanup);
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

function identityOf(email: string | undefined, dataCleanup: boolean): string | null {
  if (!email) return null;
  const key = emailKey(dataCleanup ? cleanEmail(email) : email);
  return key !== "" && isValidEmail(key) ? key : null;
}

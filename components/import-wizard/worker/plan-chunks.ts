import type { LeadRecord } from "@/lib/fields/catalogue";
import { emailIdentity } from "@/lib/leads/email-identity";
import { CHUNK_ROWS, MAX_CHUNK_CHARACTERS } from "@/lib/limits";

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
 * email are sent anyway so the server reports their failure in its own words. A chunk holds
 * CHUNK_ROWS rows, or fewer when they are long (MAX_CHUNK_CHARACTERS).
 */
export function planChunks(
  records: readonly LeadRecord[],
  dataCleanup: boolean,
  { rows: chunkSize = CHUNK_ROWS, characters: chunkCharacters = MAX_CHUNK_CHARACTERS } = {},
): ChunkPlan {
  const firstByKey = new Map<string, number>();
  const repeats: Array<[number, number]> = [];
  const chunks: number[][] = [];
  let current: number[] = [];
  let characters = 0;
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
    const size = charactersOf(record);
    if (current.length > 0 && characters + size > chunkCharacters) {
      chunks.push(current);
      current = [];
      characters = 0;
    }
    current.push(index);
    characters += size;
    if (current.length === chunkSize) {
      chunks.push(current);
      current = [];
      characters = 0;
    }
  });
  if (current.length > 0) chunks.push(current);
  return { chunks, repeats };
}

/** The characters of a record's values: about what its chunk's request carries for it. */
function charactersOf(record: LeadRecord): number {
  let total = 0;
  for (const value of Object.values(record)) {
    if (typeof value === "string") total += value.length;
    else if (Array.isArray(value)) for (const item of value) total += item.length;
    else if (value)
      for (const [name, custom] of Object.entries(value)) total += name.length + custom.length;
  }
  return total;
}

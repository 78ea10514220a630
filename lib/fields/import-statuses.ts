/**
 * Where an import run is. `interrupted`: the server running it stopped (a crash, or a shutdown
 * whose drain time ran out) before it finished; what its committed batches wrote stays.
 */
export const IMPORT_STATUSES = [
  "running",
  "completed",
  "failed",
  "canceled",
  "interrupted",
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** A wizard import in either state can take its remaining chunks and be finished. */
export function isResumable(status: ImportStatus): boolean {
  return status === "running" || status === "interrupted";
}

/**
 * The states of an import's record (`imports.status`):
 * - `running`: leads are being written;
 * - `finished`: every row has its outcome;
 * - `failed`: refused or broken off with a reason (`errorMessage`), e.g. past the plan limit;
 * - `canceled`: the wizard's user stopped it; what its chunks wrote stays;
 * - `interrupted`: the server running it stopped (a crash, or a shutdown whose drain time ran
 *   out) before it finished; what its committed batches wrote stays;
 * - `undone`: taken back (see the import's `undone` event).
 */
export const IMPORT_STATUSES = [
  "running",
  "finished",
  "failed",
  "canceled",
  "interrupted",
  "undone",
] as const;

export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = {
  running: "Running",
  finished: "Finished",
  failed: "Failed",
  canceled: "Canceled",
  interrupted: "Interrupted",
  undone: "Undone",
};

/** A wizard import in either state can take its remaining chunks and be finished. */
export function isResumable(status: ImportStatus): boolean {
  return status === "running" || status === "interrupted";
}

/** What can be recorded on an import after it ran (`import_events.kind`). */
export const IMPORT_EVENT_KINDS = ["undone"] as const;
export type ImportEventKind = (typeof IMPORT_EVENT_KINDS)[number];

import { IMPORT_STATUS_LABELS, type ImportStatus } from "@/lib/fields/import-statuses";

/** Finished and undone read calmly; failed and interrupted warn; running and canceled are plain. */
const TONE: Record<ImportStatus, string> = {
  running: "badge-updated",
  finished: "badge-created",
  failed: "badge-failed",
  canceled: "badge-skipped",
  interrupted: "badge-warn",
  undone: "badge-skipped",
};

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  return (
    <span className={`badge ${TONE[status]}`} data-testid="import-status">
      {IMPORT_STATUS_LABELS[status]}
    </span>
  );
}

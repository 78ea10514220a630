import Link from "next/link";
import { formatCount } from "@/components/ui/format";
import { columnLabel } from "@/lib/leads/lead-table-columns";
import type { UndoConflict } from "@/lib/schemas/imports";

const ACTIONS: Record<UndoConflict["action"], string> = {
  delete: "Delete (the import created it)",
  "delete-again": "Delete again (the import restored it)",
  revert: "Put back its values",
};

const REASONS: Record<UndoConflict["reason"], string> = {
  "later-import": "a later import wrote it",
  edited: "edited since",
  deleted: "deleted since",
  campaign: "added to a campaign since",
  changed: "changed since",
  unknown: "its values before the import are not known",
};

function shown(value: string | string[] | null): string {
  if (value === null) return "(empty)";
  return Array.isArray(value) ? value.join(", ") || "(none)" : value;
}

/** The leads changed since the import, each with why and what undo would set on it. */
export function UndoConflicts({ conflicts, total }: { conflicts: UndoConflict[]; total: number }) {
  return (
    <div className="table-wrap">
      <table data-testid="undo-conflicts">
        <caption>
          Changed since the import: {formatCount(total)}
          {total > conflicts.length && `, the first ${formatCount(conflicts.length)} listed`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Lead</th>
            <th scope="col">Why</th>
            <th scope="col">Undo would</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((conflict) => (
            <tr key={conflict.leadId}>
              <td>
                <Link href={`/leads/${encodeURIComponent(conflict.leadId)}`}>{conflict.email}</Link>
              </td>
              <td>{REASONS[conflict.reason]}</td>
              <td>
                {ACTIONS[conflict.action]}
                {Object.keys(conflict.changes).length > 0 && (
                  <ul className="compact-list">
                    {Object.entries(conflict.changes).map(([field, change]) => (
                      <li key={field}>
                        {columnLabel(field)}:{" "}
                        <span className="value-before">{shown(change.from)}</span> →{" "}
                        <span className="value-after">{shown(change.to)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

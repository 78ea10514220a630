"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/components/trpc-provider";
import { formatDate } from "@/components/ui/format";
import { IMPORT_DOOR_LABELS } from "@/lib/fields/import-doors";
import { IMPORT_STATUS_LABELS } from "@/lib/fields/import-statuses";
import { columnLabel } from "@/lib/leads/lead-table-columns";
import type { LeadHistoryEntry } from "@/server/services/lead-history/list-lead-history";

const IMPORT_CHANGE_LABELS = {
  created: "Created",
  restored: "Restored",
  updated: "Updated",
  wrote: "Written",
} as const;

type Change = { from: string | string[] | null; to: string | string[] | null };

function shown(value: Change["from"]): string {
  if (value === null) return "(empty)";
  return Array.isArray(value) ? value.join(", ") || "(none)" : value;
}

function By({ actor }: { actor: string | null }) {
  return actor ? <span className="muted"> by {actor}</span> : null;
}

function EntryText({ entry }: { entry: LeadHistoryEntry }) {
  switch (entry.kind) {
    case "created":
      return <>Created</>;
    case "import":
      return (
        <>
          {IMPORT_CHANGE_LABELS[entry.change ?? "wrote"]} by{" "}
          <Link href={`/imports/${encodeURIComponent(entry.importId)}`}>
            {entry.fileName ?? IMPORT_DOOR_LABELS[entry.door]}
          </Link>{" "}
          <span className="muted">({IMPORT_STATUS_LABELS[entry.status].toLowerCase()})</span>
          {entry.change !== "created" && entry.fields.length > 0 && (
            <>: {entry.fields.map(columnLabel).join(", ")}</>
          )}
        </>
      );
    case "import-undone":
      return (
        <>
          <Link href={`/imports/${encodeURIComponent(String(entry.details.importId))}`}>
            Import
          </Link>{" "}
          undone
          <By actor={entry.actor} />:{" "}
          {entry.details.change === "deleted" ? "lead deleted" : "its values put back"}
        </>
      );
    case "edited":
      return (
        <>
          Edited
          <By actor={entry.actor} />
          <ul className="compact-list">
            {Object.entries(entry.details as Record<string, Change>).map(([field, change]) => (
              <li key={field}>
                {columnLabel(field)}: <span className="value-before">{shown(change.from)}</span> →{" "}
                <span className="value-after">{shown(change.to)}</span>
              </li>
            ))}
          </ul>
        </>
      );
    case "tag-added":
      return (
        <>
          Tagged “{String(entry.details.tag)}”
          <By actor={entry.actor} />
        </>
      );
    case "tag-removed":
      return (
        <>
          Tag “{String(entry.details.tag)}” removed
          <By actor={entry.actor} />
        </>
      );
    case "deleted":
      return (
        <>
          Deleted
          <By actor={entry.actor} /> (and later restored by an import)
        </>
      );
  }
}

/** The lead's imports, edits, tag changes and deletes, newest first. */
export function LeadHistory({ leadId }: { leadId: string }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.leads.history.queryOptions({ leadId }));
  return (
    <section className="panel" aria-labelledby="lead-history-title">
      <h2 id="lead-history-title">History</h2>
      {history.isPending ? (
        <p role="status">Loading history…</p>
      ) : history.error ? (
        <p className="error-text">{history.error.message}</p>
      ) : (
        <ul className="history" data-testid="lead-history">
          {history.data.map((entry, index) => (
            <li key={index}>
              <time className="muted" dateTime={entry.at}>
                {formatDate(entry.at)}
              </time>{" "}
              <EntryText entry={entry} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

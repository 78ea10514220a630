"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/components/trpc-provider";
import { formatDate } from "@/components/ui/format";
import { columnLabel } from "@/lib/leads/lead-table-columns";
import type { LeadHistoryEntry } from "@/server/services/lead-history/list-lead-history";

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
          Written by{" "}
          <Link href={`/leads?importId=${encodeURIComponent(entry.importId)}`}>
            {entry.fileName ?? `an ${entry.source.toUpperCase()} import`}
          </Link>{" "}
          ({entry.status})
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

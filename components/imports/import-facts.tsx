import Link from "next/link";
import {
  countOf,
  formatBytes,
  formatCount,
  formatDate,
  formatDuration,
} from "@/components/ui/format";
import { IMPORT_DOOR_ENDPOINTS, IMPORT_DOOR_LABELS } from "@/lib/fields/import-doors";
import type { ImportDetail } from "@/lib/schemas/imports";

const DELIMITER_NAMES: Record<string, string> = {
  ",": "comma",
  ";": "semicolon",
  "\t": "tab",
  "|": "pipe",
};

function optionsText(options: Record<string, unknown>): string {
  const parts = [
    options.skipDuplicates === false ? "update existing leads" : "skip existing leads",
    options.dataCleanup === false ? "no cleanup" : "cleanup on",
  ];
  if (options.restoreDeleted === false) parts.push("deleted leads left deleted");
  if (typeof options.tag === "string") parts.push(`tag “${options.tag}”`);
  if (typeof options.defaultCountry === "string") parts.push(`country ${options.defaultCountry}`);
  return parts.join(" · ");
}

/** Where an import came from and how it ran: its door, file, options, mapping and times. */
export function ImportFacts({ run }: { run: ImportDetail }) {
  const mapping = Object.entries(run.mapping ?? {});
  return (
    <>
      <dl className="progress-facts" data-testid="import-facts">
        <div>
          <dt>Door</dt>
          <dd>
            {IMPORT_DOOR_LABELS[run.door]}{" "}
            <span className="muted">({IMPORT_DOOR_ENDPOINTS[run.door]})</span>
          </dd>
        </div>
        <div>
          <dt>Ran by</dt>
          <dd>
            {run.ranBy ? `${run.ranBy.kind === "apiKey" ? "API key " : ""}${run.ranBy.name}` : "—"}
          </dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>{formatDate(run.startedAt)}</dd>
        </div>
        <div>
          <dt>Ended</dt>
          <dd>{formatDate(run.finishedAt)}</dd>
        </div>
        <div>
          <dt>Took</dt>
          <dd>{run.durationMs === null ? "—" : formatDuration(run.durationMs / 1000)}</dd>
        </div>
        <div>
          <dt>Rows</dt>
          <dd>{formatCount(run.totalRows)}</dd>
        </div>
        {run.fileSize !== null && (
          <div>
            <dt>File</dt>
            <dd>
              {formatBytes(run.fileSize)}
              {run.encoding && ` · ${run.encoding}`}
              {run.delimiter && ` · ${DELIMITER_NAMES[run.delimiter] ?? run.delimiter}`}
            </dd>
          </div>
        )}
        {run.campaignId && (
          <div>
            <dt>Campaign</dt>
            <dd>
              <Link href={`/campaigns/${encodeURIComponent(run.campaignId)}`}>Open campaign</Link>
              {run.counts.campaignAdded !== undefined &&
                ` · ${formatCount(run.counts.campaignAdded)} added, ${formatCount(run.counts.campaignAlreadyMembers ?? 0)} already in it`}
            </dd>
          </div>
        )}
        {(run.editedCells > 0 || run.skippedByChoice > 0) && (
          <div>
            <dt>Reviewed in the wizard</dt>
            <dd data-testid="import-reviewed">
              {countOf(run.editedCells, "cell")} edited before the import (the row report shows each
              with the file's value) · {countOf(run.skippedByChoice, "row")} skipped by choice
            </dd>
          </div>
        )}
        <div>
          <dt>Options</dt>
          <dd>{optionsText(run.options)}</dd>
        </div>
      </dl>
      {mapping.length > 0 && (
        <details>
          <summary>Mapping used ({formatCount(mapping.length)} columns)</summary>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Column</th>
                  <th scope="col">Imported as</th>
                </tr>
              </thead>
              <tbody>
                {mapping.map(([column, target]) => (
                  <tr key={column}>
                    <td>{column}</td>
                    <td>{target}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </>
  );
}

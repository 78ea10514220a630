import { countOf, formatBytes, formatCount } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import type { RenamedHeader } from "@/lib/csv/unique-headers";
import { footerWarning } from "@/lib/leads/collect-csv-warnings";
import { MAX_WIZARD_ROWS } from "@/lib/limits";
import type { CsvSummary } from "../worker/worker-protocol";

function describeRenamed(header: RenamedHeader): string {
  const position = `Column ${header.index + 1}`;
  if (header.original.trim() === "")
    return `${position} has no header: it is called “${header.header}”.`;
  return `${position} repeats the header “${header.original.trim()}”: it is called “${header.header}”.`;
}

/** Name, size, row count and what parsing had to guess or fix. */
export function FileFacts({
  file,
  summary,
  rowsRead,
}: {
  file: File;
  summary: CsvSummary;
  /** Rows read so far while the whole file is read. */
  rowsRead: number;
}) {
  const footer = footerWarning(summary);
  const rows = summary.isPreview
    ? rowsRead > 0
      ? `reading rows… ${formatCount(rowsRead)} so far`
      : "counting rows…"
    : summary.isTooLong
      ? `more than ${formatCount(MAX_WIZARD_ROWS)} rows`
      : `${formatCount(summary.totalRows)} ${summary.totalRows === 1 ? "row" : "rows"}`;
  return (
    <>
      <p className="file-facts" data-testid="file-facts">
        <strong>{file.name}</strong> · {formatBytes(file.size)} ·{" "}
        {summary.workbook && <>sheet “{summary.workbook.sheet}” · </>}
        {countOf(summary.headers.length, "column")} · <span aria-live="polite">{rows}</span>
        {summary.headerRowNumber > 1 && (
          <>
            {" "}
            · header found on {summary.workbook ? "row" : "line"} {summary.headerRowNumber} (
            {summary.workbook ? "rows" : "lines"} above it skipped)
          </>
        )}
      </p>
      {summary.isTooLong && (
        <Notice tone="error" title="This file is too long for one import">
          One import takes at most {formatCount(MAX_WIZARD_ROWS)} rows. Split the file and import
          the parts one after another.
        </Notice>
      )}
      {summary.renamedHeaders.length > 0 && (
        <Notice tone="warn" title="Some columns were renamed">
          <ul className="compact-list" data-testid="renamed-headers">
            {summary.renamedHeaders.map((header) => (
              <li key={header.index}>{describeRenamed(header)}</li>
            ))}
          </ul>
        </Notice>
      )}
      {footer && (
        <Notice tone="info" title="Report footer left out">
          <span data-testid="footer-lines">{footer.message}</span>: totals, copyright or similar
          lines at the end of the file that are not leads. They are not imported and not counted as
          failed rows.
        </Notice>
      )}
      {summary.hasUnterminatedQuote && (
        <Notice tone="warn" title="A quote is never closed">
          A value opens a quote (") that does not close, so everything after it was read into one
          cell. Check the last rows in a text editor.
        </Notice>
      )}
    </>
  );
}

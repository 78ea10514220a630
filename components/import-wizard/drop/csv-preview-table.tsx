"use client";

import { useEffect } from "react";
import type { CsvSummary } from "../worker/worker-protocol";

const SHOWN_ROWS = 10;

/** The first rows as read, with the file's line numbers, so a wrong encoding shows at a glance. */
export function CsvPreviewTable({ summary }: { summary: CsvSummary }) {
  useEffect(() => {
    // The e2e test measures drop → preview with these marks.
    performance.mark("leadport:preview-shown");
  }, []);
  const renamed = new Set(summary.renamedHeaders.map((header) => header.index));
  const firstRow = summary.headerRowNumber + 1;
  return (
    <div className="table-wrap preview-table" data-testid="csv-preview">
      <table>
        <caption className="visually-hidden">First rows of the file</caption>
        <thead>
          <tr>
            <th scope="col" className="row-number">
              Row
            </th>
            {summary.headers.map((header, index) => (
              <th key={header} scope="col">
                {header}
                {renamed.has(index) && <span className="badge badge-warn">renamed</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.previewRows.slice(0, SHOWN_ROWS).map((row, rowIndex) => (
            // Rows have no identity but their position.
            <tr key={rowIndex}>
              <td className="row-number">{firstRow + rowIndex}</td>
              {row.map((cell, cellIndex) => (
                <td key={cellIndex} title={cell}>
                  <span className="cell-text">{cell}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { formatCount } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import type { WorkbookSummary } from "../worker/worker-protocol";

const plural = (count: number, one: string, many: string) =>
  `${formatCount(count)} ${count === 1 ? one : many}`;

/** What reading a workbook's cells decided for the user: formulas, errors, hidden columns. */
export function WorkbookNotices({ workbook }: { workbook: WorkbookSummary }) {
  const { formulaCells, errorCells, hiddenColumns } = workbook;
  if (formulaCells === 0 && errorCells === 0 && hiddenColumns.length === 0) return null;
  return (
    <Notice tone="info" title="Read from the workbook's cells">
      <ul className="compact-list" data-testid="workbook-notices">
        {formulaCells > 0 && (
          <li>
            {plural(formulaCells, "cell is", "cells are")} computed by a formula: the value the
            workbook last showed is imported (formulas are never run here).
          </li>
        )}
        {errorCells > 0 && (
          <li>
            {plural(errorCells, "cell holds", "cells hold")} a spreadsheet error such as #N/A; it is
            imported as it reads.
          </li>
        )}
        {hiddenColumns.length > 0 && (
          <li>
            Hidden {hiddenColumns.length === 1 ? "column" : "columns"}{" "}
            {hiddenColumns.map((header) => `“${header}”`).join(", ")}: left out unless it is a lead
            field; map it in the next step to keep it.
          </li>
        )}
      </ul>
    </Notice>
  );
}

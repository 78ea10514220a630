import { formatCount } from "@/components/ui/format";
import type { WorkbookSummary } from "../worker/worker-protocol";

interface Props {
  workbook: WorkbookSummary;
  isDisabled: boolean;
  onChange: (sheet: string) => void;
}

function describeSheet(sheet: WorkbookSummary["sheets"][number]): string {
  const rows =
    sheet.rows === null
      ? "counting…"
      : `${formatCount(sheet.rows)} ${sheet.rows === 1 ? "row" : "rows"}`;
  return `${sheet.name} — ${rows}${sheet.isHidden ? " (hidden)" : ""}`;
}

/** A workbook's sheets with their row counts; choosing one reads it. */
export function SheetPicker({ workbook, isDisabled, onChange }: Props) {
  return (
    <div className="parse-settings">
      <label>
        Sheet
        <select
          data-testid="sheet-picker"
          value={workbook.sheet}
          disabled={isDisabled}
          onChange={(event) => onChange(event.target.value)}
        >
          {workbook.sheets.map((sheet) => (
            <option key={sheet.name} value={sheet.name}>
              {describeSheet(sheet)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

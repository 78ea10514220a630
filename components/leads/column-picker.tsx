"use client";

import {
  columnLabel,
  customColumnId,
  DEFAULT_LEAD_COLUMNS,
  STANDARD_LEAD_COLUMNS,
} from "@/lib/leads/lead-table-columns";

interface Props {
  columns: readonly string[];
  customFieldNames: readonly string[];
  isDefault: boolean;
  onChange: (columns: string[]) => void;
}

/** Email always shows (it opens the lead); every other field can be shown or hidden. */
const PICKABLE = STANDARD_LEAD_COLUMNS.filter((column) => column !== "email");

/** Which columns the leads table shows, custom fields included; kept per user. */
export function ColumnPicker({ columns, customFieldNames, isDefault, onChange }: Props) {
  const shown = new Set(columns);
  const toggle = (id: string, isChecked: boolean) => {
    const next = isChecked ? [...columns, id] : columns.filter((column) => column !== id);
    onChange(next.includes("email") ? next : ["email", ...next]);
  };
  const option = (id: string) => (
    <label key={id} className="check">
      <input
        type="checkbox"
        checked={shown.has(id)}
        onChange={(event) => toggle(id, event.target.checked)}
      />
      {columnLabel(id)}
    </label>
  );
  return (
    <details className="column-picker">
      <summary className="button">Columns ({columns.length})</summary>
      <div className="column-picker-panel">
        <fieldset>
          <legend>Fields</legend>
          {PICKABLE.map(option)}
        </fieldset>
        <fieldset>
          <legend>Custom fields</legend>
          {customFieldNames.length === 0 ? (
            <p className="muted">No custom fields yet.</p>
          ) : (
            customFieldNames.map((name) => option(customColumnId(name)))
          )}
        </fieldset>
        {!isDefault && (
          <button
            type="button"
            className="link-button"
            onClick={() => onChange([...DEFAULT_LEAD_COLUMNS])}
          >
            Back to the default columns
          </button>
        )}
      </div>
    </details>
  );
}

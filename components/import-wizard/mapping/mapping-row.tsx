import { FIELD_LABELS, STANDARD_FIELDS, type StandardField } from "@/lib/fields/catalogue";
import type { ChoiceKind, ColumnChoice } from "./column-choice";
import { SOURCE_LABELS, targetLabel } from "./target-label";

interface Props {
  choice: ColumnChoice;
  samples: readonly string[];
  isRenamed: boolean;
  onChange: (index: number, patch: Partial<ColumnChoice>) => void;
}

function selectValue(choice: ColumnChoice): string {
  return choice.kind === "field" ? choice.field : choice.kind;
}

function patchFor(value: string): Partial<ColumnChoice> {
  if (value === "skip" || value === "custom") return { kind: value as ChoiceKind };
  return { kind: "field", field: value as StandardField };
}

/** One column: what it holds, what detection chose and why, and the user's choice. */
export function MappingRow({ choice, samples, isRenamed, onChange }: Props) {
  const { detected } = choice;
  const selectId = `target-${choice.index}`;
  const percent = Math.round(detected.confidence * 100);
  return (
    <tr className={choice.kind === "skip" ? "is-skipped" : undefined}>
      <th scope="row">
        {choice.header}
        {isRenamed && <span className="badge badge-warn">renamed</span>}
      </th>
      <td data-label="Sample values">
        {samples.length === 0 ? (
          <span className="muted">(empty)</span>
        ) : (
          <ul className="samples">
            {samples.map((sample) => (
              <li key={sample} title={sample}>
                {sample}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td data-label="Detected">
        <strong>{targetLabel(detected.target)}</strong>
        <span className="detected-reason">
          {detected.reason}{" "}
          <span className="muted">
            ({SOURCE_LABELS[detected.source]}, {percent}%)
          </span>
        </span>
      </td>
      <td className="mapping-choice" data-label="Import as">
        <label className="visually-hidden" htmlFor={selectId}>
          Import column “{choice.header}” as
        </label>
        <select
          id={selectId}
          value={selectValue(choice)}
          onChange={(event) => onChange(choice.index, patchFor(event.target.value))}
        >
          <optgroup label="Standard fields">
            {STANDARD_FIELDS.map((field) => (
              <option key={field} value={field}>
                {FIELD_LABELS[field]}
              </option>
            ))}
          </optgroup>
          <optgroup label="Other">
            <option value="custom">Custom field</option>
            <option value="skip">Skip (do not import)</option>
          </optgroup>
        </select>
        {choice.kind === "custom" && (
          <label className="custom-name">
            <span className="visually-hidden">Custom field name for “{choice.header}”</span>
            <span aria-hidden="true" className="muted">
              Name
            </span>
            <input
              type="text"
              value={choice.customName}
              maxLength={100}
              onChange={(event) => onChange(choice.index, { customName: event.target.value })}
            />
          </label>
        )}
      </td>
    </tr>
  );
}

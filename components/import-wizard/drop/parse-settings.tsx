import type { CsvEncoding } from "@/lib/csv/decode-bytes";
import type { ParseChoice } from "../worker/worker-protocol";

const ENCODINGS: ReadonlyArray<{ value: CsvEncoding; label: string }> = [
  { value: "utf-8", label: "UTF-8" },
  { value: "utf-8-bom", label: "UTF-8 with BOM (Excel “CSV UTF-8”)" },
  { value: "windows-1252", label: "Windows-1252 (older Excel, Western Europe)" },
  { value: "utf-16le", label: "UTF-16 LE (Excel “Unicode text”)" },
  { value: "utf-16be", label: "UTF-16 BE" },
];

const DELIMITERS: ReadonlyArray<{ value: string; label: string }> = [
  { value: ",", label: "Comma ( , )" },
  { value: ";", label: "Semicolon ( ; )" },
  { value: "\t", label: "Tab" },
  { value: "|", label: "Pipe ( | )" },
];

interface Props {
  encoding: CsvEncoding;
  delimiter: string;
  isDisabled: boolean;
  onChange: (choice: ParseChoice) => void;
}

/** The detected encoding and delimiter, each changeable; a change parses the file again. */
export function ParseSettings({ encoding, delimiter, isDisabled, onChange }: Props) {
  return (
    <div className="parse-settings">
      <label>
        Encoding
        <select
          value={encoding}
          disabled={isDisabled}
          onChange={(event) => onChange({ encoding: event.target.value as CsvEncoding })}
        >
          {ENCODINGS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Delimiter
        <select
          value={delimiter}
          disabled={isDisabled}
          onChange={(event) => onChange({ delimiter: event.target.value })}
        >
          {DELIMITERS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

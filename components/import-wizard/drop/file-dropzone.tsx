"use client";

import { useState } from "react";
import { type FileRejection, useDropzone } from "react-dropzone";
import { formatCount } from "@/components/ui/format";
import { MAX_WIZARD_ROWS } from "@/lib/limits";

const EXTENSIONS = [".csv", ".tsv", ".txt", ".xlsx", ".xlsm"];

/**
 * By extension: the MIME type of a CSV differs by OS (Windows says application/vnd.ms-excel). What
 * an accepted file really is, text or workbook, its bytes decide when it is read.
 */
function checkExtension(file: File) {
  const name = file.name.toLowerCase();
  if (EXTENSIONS.some((extension) => name.endsWith(extension))) return null;
  return {
    code: "file-invalid-type",
    message: `"${file.name}" is not a CSV file or an Excel workbook: choose a .csv, .tsv, .txt or .xlsx file.`,
  };
}

function describeRejection(rejections: FileRejection[]): string {
  if (rejections.length > 1) return "Drop one file at a time.";
  return rejections[0]?.errors[0]?.message ?? "This file cannot be used.";
}

interface Props {
  onFile: (file: File) => void;
  /** A file is open: the zone shrinks to one line so the preview gets the room. */
  isCompact: boolean;
}

export function FileDropzone({ onFile, isCompact }: Props) {
  const [rejection, setRejection] = useState<string | null>(null);
  const { getRootProps, getInputProps, isDragActive, open } = useDropzone({
    multiple: false,
    noClick: true,
    noKeyboard: true,
    useFsAccessApi: false,
    validator: checkExtension,
    onDrop: (accepted, rejected) => {
      const file = accepted[0];
      if (file) {
        setRejection(null);
        onFile(file);
      } else if (rejected.length > 0) {
        setRejection(describeRejection(rejected));
      }
    },
  });
  return (
    <div>
      <div
        {...getRootProps({
          className: `dropzone${isDragActive ? " is-active" : ""}${isCompact ? " is-compact" : ""}`,
        })}
      >
        <input
          {...getInputProps({ accept: EXTENSIONS.join(",") })}
          aria-label="CSV file or Excel workbook"
          data-testid="csv-file-input"
        />
        <p className="dropzone-title">
          {isDragActive
            ? "Drop the file to read it"
            : isCompact
              ? "Drag another file here, or"
              : "Drag a CSV file or an Excel workbook here"}
        </p>
        {!isCompact && (
          <p className="muted">
            .csv, .tsv, .txt or .xlsx exported from a CRM or a spreadsheet, up to{" "}
            {formatCount(MAX_WIZARD_ROWS)} rows. The file is read in your browser; nothing is sent
            until you import.
          </p>
        )}
        <button type="button" className={`button${isCompact ? "" : " primary"}`} onClick={open}>
          {isCompact ? "Choose another file" : "Choose a file"}
        </button>
      </div>
      {rejection && (
        <p className="error-text" role="alert">
          {rejection}
        </p>
      )}
    </div>
  );
}

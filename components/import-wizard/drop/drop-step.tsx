"use client";

import { countOf, formatCount, formatDate } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { StepHeading } from "../step-heading";
import type { ImportWizardState } from "../use-import-wizard";
import { CsvPreviewTable } from "./csv-preview-table";
import { FileDropzone } from "./file-dropzone";
import { FileFacts } from "./file-facts";
import { ParseSettings } from "./parse-settings";
import { SheetPicker } from "./sheet-picker";
import { WorkbookNotices } from "./workbook-notices";

interface Props {
  wizard: ImportWizardState;
  shouldFocus: boolean;
}

export function DropStep({ wizard, shouldFocus }: Props) {
  const { csv, resumeOffer } = wizard;
  const { file, summary, full, workbook } = csv;
  return (
    <section className="wizard-panel" aria-labelledby="step-title">
      <StepHeading title="Choose a file" shouldFocus={shouldFocus}>
        Drop a CSV or Excel export from HubSpot, Salesforce, Apollo, LinkedIn or any spreadsheet.
      </StepHeading>
      <FileDropzone onFile={wizard.openFile} isCompact={file !== null && !csv.error} />
      {csv.isParsing && !summary && (
        <p className="muted" role="status">
          Reading {file?.name}…
        </p>
      )}
      {file && workbook && workbook.sheets.length > 1 && (
        <div className="stack-gap sheet-choice">
          <SheetPicker
            workbook={workbook}
            isDisabled={csv.isParsing}
            onChange={(sheet) => wizard.changeParse({ sheet })}
          />
          {wizard.rememberedSheet && workbook.sheet === wizard.rememberedSheet && (
            <p className="muted" role="status" data-testid="remembered-sheet">
              Reading “{wizard.rememberedSheet}”, the sheet you imported from last time.
            </p>
          )}
        </div>
      )}
      {csv.error && (
        <Notice tone="error" title={`${file ? `“${file.name}”` : "This file"} cannot be imported`}>
          <span data-testid="file-error">{csv.error}</span>
        </Notice>
      )}
      {resumeOffer && (
        <Notice tone="info" title="You were importing this file">
          <p>
            Started {formatDate(resumeOffer.record.startedAt)}:{" "}
            {countOf(resumeOffer.processedRows, "row")}{" "}
            {resumeOffer.processedRows === 1 ? "was" : "were"} imported before the page closed or
            the connection dropped. Resuming sends only the rest
            {resumeOffer.record.edits?.editedCells || resumeOffer.record.edits?.skippedRows
              ? ", with the rows edited and skipped as you left them."
              : "."}
          </p>
          {resumeOffer.problem ? (
            <p className="error-text" role="alert">
              {resumeOffer.problem}
            </p>
          ) : (
            <div className="actions">
              <button type="button" className="button primary" onClick={wizard.resume}>
                Resume import
              </button>
            </div>
          )}
        </Notice>
      )}
      {file && summary && (
        <div className="stack-gap">
          <FileFacts file={file} summary={summary} rowsRead={csv.rowsRead} />
          {summary.workbook ? (
            <WorkbookNotices workbook={summary.workbook} />
          ) : (
            summary.encoding !== "xlsx" && (
              <ParseSettings
                encoding={summary.encoding}
                delimiter={summary.delimiter}
                isDisabled={csv.isParsing}
                onChange={wizard.changeParse}
              />
            )
          )}
          <CsvPreviewTable
            key={`${file.name}:${summary.encoding}:${summary.delimiter}:${summary.workbook?.sheet}`}
            summary={summary}
          />
        </div>
      )}
      <div className="actions actions-end">
        <button
          type="button"
          className="button primary"
          disabled={!full || full.isTooLong || csv.isParsing}
          onClick={() => wizard.goTo("mapping")}
        >
          Continue to mapping
        </button>
      </div>
    </section>
  );
}

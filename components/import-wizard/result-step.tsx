"use client";

import Link from "next/link";
import { useMemo } from "react";
import { formatCount } from "@/components/ui/format";
import { DownloadFailedRows } from "./download-failed-rows";
import { RowReport } from "./row-report";
import { RunCounts } from "./run-counts";
import { StepHeading } from "./step-heading";
import type { ImportWizardState } from "./use-import-wizard";

interface Props {
  wizard: ImportWizardState;
  shouldFocus: boolean;
}

export function ResultStep({ wizard, shouldFocus }: Props) {
  const { importRun, csv } = wizard;
  const { result, plan } = importRun;
  const sources = useMemo(
    () => ({
      outcomes: importRun.outcomes.current,
      repeats: new Map(plan?.repeats ?? []),
      failures: new Map(result?.failures.map((failure) => [failure.row, failure.error])),
      isDryRun: false,
      hasEarlierChunks: importRun.earlierChunks.length > 0,
    }),
    [importRun.outcomes, importRun.earlierChunks, plan, result],
  );
  const { full, file } = csv;
  if (!result || !full || !file) return null;
  const isCanceled = result.status === "canceled";
  const emailColumn =
    wizard.mapping.choices.find((choice) => choice.kind === "field" && choice.field === "email")
      ?.index ?? null;
  return (
    <section className="wizard-panel" aria-labelledby="step-title">
      <StepHeading
        title={isCanceled ? "Import canceled" : "Import finished"}
        shouldFocus={shouldFocus}
      >
        {isCanceled
          ? "Rows sent before you canceled are saved; nothing else was written."
          : `Every one of the ${formatCount(full.totalRows)} rows of ${file.name} is accounted for below.`}
      </StepHeading>
      <RunCounts counts={result.counts} testId="import-counts" />
      <div className="actions">
        <Link
          className="button primary"
          href={`/leads?importId=${encodeURIComponent(result.importId)}`}
        >
          View the imported leads
        </Link>
        {result.failures.length > 0 && (
          <DownloadFailedRows
            getWorker={csv.getWorker}
            fileName={file.name}
            failures={result.failures}
          />
        )}
        <button type="button" className="button" onClick={wizard.startOver}>
          Import another file
        </button>
      </div>
      {result.failures.length > 0 && (
        <p className="muted">
          The failed rows file has your columns plus an Error column: fix the rows, delete the Error
          column or leave it (it is imported as a custom field unless you skip it), and drop the
          file here again.
        </p>
      )}
      <RowReport
        title="Row report"
        firstRow={full.headerRowIndex + 2}
        totalRows={full.totalRows}
        sources={sources}
        version={importRun.state.rowsDone}
        getWorker={csv.getWorker}
        emailColumn={emailColumn}
      />
    </section>
  );
}

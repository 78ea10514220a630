"use client";

import Link from "next/link";
import { DownloadFailedRows } from "@/components/ui/download-failed-rows";
import { formatCount } from "@/components/ui/format";
import { wizardCounts } from "@/lib/leads/outcome-tally";
import { runTally } from "../run/run-machine";
import { StepHeading } from "../step-heading";
import type { ImportWizardState } from "../use-import-wizard";
import { RowReport } from "./row-report";
import { RunCounts } from "./run-counts";

interface Props {
  wizard: ImportWizardState;
  shouldFocus: boolean;
}

export function ResultStep({ wizard, shouldFocus }: Props) {
  const { importRun, csv } = wizard;
  const { state } = importRun;
  const { full, file } = csv;
  if (state.phase !== "done" && state.phase !== "canceled") return null;
  const { run, result } = state;
  if (!result || !run.importId || !full || !file) return null;
  const isCanceled = result.ending === "canceled";
  return (
    <section className="wizard-panel" aria-labelledby="step-title">
      <StepHeading
        title={isCanceled ? "Import canceled" : "Import finished"}
        shouldFocus={shouldFocus}
      >
        {isCanceled
          ? "Rows sent before you canceled are saved; nothing else was written."
          : full.totalRows === 1
            ? `The one row of ${file.name} is accounted for below.`
            : `Every one of the ${formatCount(full.totalRows)} rows of ${file.name} is accounted for below.`}
      </StepHeading>
      <RunCounts
        counts={wizardCounts(runTally(run))}
        skippedByChoice={run.plan.skippedCount}
        testId="import-counts"
      />
      <div className="actions">
        <Link
          className="button primary"
          href={`/leads?importId=${encodeURIComponent(run.importId)}`}
        >
          View the imported leads
        </Link>
        <Link className="button" href={`/imports/${encodeURIComponent(run.importId)}`}>
          Open in import history
        </Link>
        {result.failures.length > 0 && (
          <DownloadFailedRows
            count={result.failures.length}
            fileName={file.name}
            build={() =>
              csv.getWorker().request({ type: "failedRowsCsv", failures: result.failures })
            }
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
        run="import"
        hasEarlierChunks={run.progress.rowsBefore > 0}
        revision={`${run.importId}|${run.doneChunks.size}|${result.failures.length}`}
        getWorker={csv.getWorker}
      />
    </section>
  );
}

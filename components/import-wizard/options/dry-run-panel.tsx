"use client";

import { useEffect, useState } from "react";
import { countOf, formatCount } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { ProgressBar } from "@/components/ui/progress-bar";
import { type WizardCounts, wizardCounts } from "@/lib/leads/outcome-tally";
import { CHUNK_ROWS } from "@/lib/limits";
import { mappedColumns } from "../mapping/column-choice";
import { RunCounts } from "../result/run-counts";
import { type ActiveRun, activeRun, isSampleDone, runTally } from "../run/run-machine";
import type { ImportWizardState } from "../use-import-wizard";
import type { CsvWorkerClient } from "../worker/csv-worker-client";
import type { DryRunChanges } from "../worker/review-types";
import { runKey } from "./use-dry-run";

/** The whole file's figures as the rows checked so far suggest (repeats are known exactly). */
function estimated(run: ActiveRun): WizardCounts {
  const counts = wizardCounts(run.tally);
  const scale = run.progress.rowsDone > 0 ? run.progress.rowsTotal / run.progress.rowsDone : 0;
  const scaled = Object.fromEntries(
    Object.entries(counts).map(([key, value]) => [key, Math.round(value * scale)]),
  ) as WizardCounts;
  return { ...scaled, repeated: run.plan.repeatCount };
}

/** What the dry run is doing now, in words: sampling, then checking every row. */
function DryRunProgress({ run }: { run: ActiveRun }) {
  const { rowsDone, rowsTotal } = run.progress;
  const isSampling = run.sample.length > 0 && !isSampleDone(run);
  const sampleRows = run.sample.length * CHUNK_ROWS;
  return (
    <div role="status" data-testid="dry-run-progress">
      <ProgressBar
        label="Dry run progress"
        value={rowsDone}
        max={rowsTotal}
        valueText={`${formatCount(rowsDone)} of ${formatCount(rowsTotal)} rows checked`}
      />
      <p>
        {isSampling
          ? `Sampling: ${formatCount(sampleRows)} rows spread through the file go first, so the figures soon stand for the whole file.`
          : run.sample.length > 0
            ? `Sample checked. Now verifying every row: ${formatCount(rowsDone)} of ${formatCount(rowsTotal)} rows checked…`
            : `Checking every row: ${formatCount(rowsDone)} of ${formatCount(rowsTotal)} rows checked…`}
      </p>
      {!isSampling && run.sample.length > 0 && rowsDone < rowsTotal && (
        <>
          <p className="muted">
            Estimated for the whole file from the {formatCount(rowsDone)} rows checked so far; exact
            once every row is checked.
          </p>
          <RunCounts counts={estimated(run)} testId="dry-run-estimate" />
        </>
      )}
    </div>
  );
}

/** After a dry run run again: how the rows that failed the time before fared. */
function ChangesSinceLastDryRun({
  getWorker,
  runId,
}: {
  getWorker: () => CsvWorkerClient;
  runId: string;
}) {
  const [changes, setChanges] = useState<DryRunChanges | null>(null);
  useEffect(() => {
    let isCurrent = true;
    getWorker()
      .request({ type: "dryRunChanges" })
      .then((next) => {
        if (isCurrent) setChanges(next);
      })
      .catch(() => {});
    return () => {
      isCurrent = false;
    };
  }, [getWorker, runId]);
  if (!changes) return null;
  return (
    <p className="dry-run-changes" data-testid="dry-run-changes">
      <strong>
        {countOf(changes.fixed, "row")} fixed, {formatCount(changes.failing)} still failing
      </strong>
      {changes.skipped > 0 && `, ${countOf(changes.skipped, "failing row")} skipped by you`} since
      the last dry run.
    </p>
  );
}

/** Step 3's dry run: the whole file through the engine, rolled back, with its figures. */
export function DryRunPanel({ wizard }: { wizard: ImportWizardState }) {
  const { dryRun, csv } = wizard;
  const { state } = dryRun;
  const { phase } = state;
  const run = activeRun(state);
  const counts = run && wizardCounts(runTally(run));
  const error = state.phase === "paused" || state.phase === "failed" ? state.error : null;
  const currentKey = runKey(
    mappedColumns(wizard.mapping.choices),
    wizard.options,
    wizard.review.summary?.revision ?? 0,
  );
  const isStale = dryRun.key !== null && dryRun.key !== currentKey;
  const isRunning = phase === "preparing" || phase === "running" || phase === "finishing";
  const full = csv.full;
  return (
    <section className="dry-run" aria-labelledby="dry-run-title">
      <h3 id="dry-run-title">Dry run</h3>
      <p className="muted">
        Runs the whole file through the import with these options and writes nothing, so you see
        what will be created, updated, skipped and what fails before a single lead is saved. A long
        file is sampled first, then every row is verified.
      </p>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={wizard.runDryRun}
          disabled={isRunning || !full}
        >
          {phase === "idle" ? "Dry run" : "Run the dry run again"}
        </button>
        {phase === "running" && (
          <button type="button" className="button" onClick={dryRun.cancel}>
            Stop the dry run
          </button>
        )}
      </div>
      {isRunning && run && <DryRunProgress run={run} />}
      {error && (
        <Notice tone="error" title="The dry run stopped">
          {error}
        </Notice>
      )}
      {isStale && (
        <Notice tone="warn">
          You changed the mapping, the options or rows since this dry run; run it again for figures
          that match.
        </Notice>
      )}
      {(phase === "done" || phase === "canceled") && run && counts && full && (
        <div className="dry-run-result" data-testid="dry-run-result">
          <p role="status">
            {phase === "done"
              ? `Dry run finished: every row checked. If you import now, this is what happens to the ${formatCount(full.totalRows)} rows.`
              : `Dry run stopped early: these figures cover only the ${formatCount(run.progress.rowsDone)} rows checked.`}
          </p>
          <RunCounts
            counts={counts}
            skippedByChoice={run.plan.skippedCount}
            testId="dry-run-counts"
          />
          {phase === "done" && (
            <ChangesSinceLastDryRun
              getWorker={csv.getWorker}
              runId={`${dryRun.key}|${run.doneChunks.size}`}
            />
          )}
          {counts.failed > 0 && (
            <p>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  wizard.review.changeView({ filter: "failing" });
                  document.getElementById("review-title")?.scrollIntoView({ block: "start" });
                }}
              >
                List the {countOf(counts.failed, "row")} that would fail in the review
              </button>{" "}
              to fix or skip them.
            </p>
          )}
        </div>
      )}
    </section>
  );
}

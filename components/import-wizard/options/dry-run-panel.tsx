"use client";

import { formatCount } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { ProgressBar } from "@/components/ui/progress-bar";
import { wizardCounts } from "@/lib/leads/outcome-tally";
import { mappedColumns } from "../mapping/column-choice";
import { RowReport, reportFile } from "../result/row-report";
import { RunCounts } from "../result/run-counts";
import { activeRun, runTally } from "../run/run-machine";
import type { ImportWizardState } from "../use-import-wizard";
import { runKey } from "./use-dry-run";

/** Step 3's dry run: the whole file through the engine, rolled back, with its figures. */
export function DryRunPanel({ wizard }: { wizard: ImportWizardState }) {
  const { dryRun, csv } = wizard;
  const { state } = dryRun;
  const { phase } = state;
  const run = activeRun(state);
  const { rowsDone = 0, rowsTotal = 0 } = run?.progress ?? {};
  const counts = run && wizardCounts(runTally(run));
  const error = state.phase === "paused" || state.phase === "failed" ? state.error : null;
  const currentKey = runKey(mappedColumns(wizard.mapping.choices), wizard.options);
  const isStale = dryRun.key !== null && dryRun.key !== currentKey;
  const isRunning = phase === "preparing" || phase === "running" || phase === "finishing";
  const full = csv.full;
  return (
    <section className="dry-run" aria-labelledby="dry-run-title">
      <h3 id="dry-run-title">Dry run</h3>
      <p className="muted">
        Runs the whole file through the import with these options and writes nothing, so you see
        what will be created, updated, skipped and what fails before a single lead is saved.
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
      {isRunning && run && (
        <div role="status">
          <ProgressBar
            label="Dry run progress"
            value={rowsDone}
            max={rowsTotal}
            valueText={`${formatCount(rowsDone)} of ${formatCount(rowsTotal)} rows checked`}
          />
          <p className="muted">
            {formatCount(rowsDone)} of {formatCount(rowsTotal)} rows checked…
          </p>
        </div>
      )}
      {error && (
        <Notice tone="error" title="The dry run stopped">
          {error}
        </Notice>
      )}
      {isStale && (
        <Notice tone="warn">
          You changed the mapping or the options since this dry run; run it again for figures that
          match.
        </Notice>
      )}
      {(phase === "done" || phase === "canceled") && run && counts && full && (
        <div className="dry-run-result" data-testid="dry-run-result">
          <p role="status">
            {phase === "done"
              ? `Dry run finished: if you import now, this is what happens to the ${formatCount(full.totalRows)} rows.`
              : "Dry run stopped early: these figures cover only the rows checked."}
          </p>
          <RunCounts counts={counts} testId="dry-run-counts" />
          {counts.failed > 0 && (
            <RowReport
              title="Rows that would fail"
              {...reportFile(wizard, full)}
              run={run}
              initialFilter="failed"
            />
          )}
        </div>
      )}
    </section>
  );
}

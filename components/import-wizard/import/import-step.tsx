"use client";

import { useEffect, useState } from "react";
import { formatCount } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { CHUNK_ROWS } from "@/lib/limits";
import { activeRun } from "../run/run-machine";
import { StepHeading } from "../step-heading";
import type { ImportWizardState } from "../use-import-wizard";
import { ImportProgress } from "./import-progress";

function useNow(isTicking: boolean): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!isTicking) return;
    const timer = setInterval(() => setNow(performance.now()), 500);
    return () => clearInterval(timer);
  }, [isTicking]);
  return now;
}

interface Props {
  wizard: ImportWizardState;
  shouldFocus: boolean;
}

/** Step 4: what the run's machine says, and the buttons its phase takes (see `run-machine.ts`). */
export function ImportStep({ wizard, shouldFocus }: Props) {
  const { importRun } = wizard;
  const { state } = importRun;
  const run = activeRun(state);
  const now = useNow(state.phase === "running");
  const repeats = run?.plan.repeatCount ?? 0;
  const retry = run?.retry ?? null;
  return (
    <section className="wizard-panel" aria-labelledby="step-title">
      <StepHeading title="Importing" shouldFocus={shouldFocus}>
        Rows go to the server {formatCount(CHUNK_ROWS)} at a time. You can keep using this page; if
        the connection drops, the import continues where it stopped.
      </StepHeading>
      {state.phase === "preparing" && <p role="status">Preparing the import…</p>}
      {run && <ImportProgress run={run} now={now} />}
      {repeats > 0 && (
        <p className="muted">
          {repeats === 1
            ? "1 row repeats an email found earlier in the file; it is not sent."
            : `${formatCount(repeats)} rows repeat an email found earlier in the file; they are not sent.`}
        </p>
      )}
      {retry && (
        <Notice tone="warn" title="Connection problem">
          {retry.message}. Trying again in {Math.round(retry.delayMs / 1000)} s (attempt{" "}
          {retry.attempt + 1}).
        </Notice>
      )}
      {state.phase === "finishing" && (
        <p role="status">
          {state.ending === "canceled"
            ? "Canceling the import: nothing more is sent, and rows already sent are kept…"
            : "Finishing the import…"}
        </p>
      )}
      {state.phase === "paused" && (
        <Notice tone="error" title="The import is paused">
          <p>{state.error}</p>
          <p>Rows already sent are saved. Try again when the connection is back.</p>
        </Notice>
      )}
      {state.phase === "failed" && (
        <Notice tone="error" title="The import stopped">
          <p>{state.error}</p>
        </Notice>
      )}
      <div className="actions actions-end">
        {state.phase === "paused" && (
          <button type="button" className="button primary" onClick={importRun.tryAgain}>
            Try again
          </button>
        )}
        {(state.phase === "running" || state.phase === "paused") && (
          <button type="button" className="button danger" onClick={importRun.cancel}>
            Cancel import
          </button>
        )}
        {state.phase === "finishing" && retry && (
          <button type="button" className="button" onClick={importRun.cancel}>
            Stop waiting
          </button>
        )}
        {state.phase === "failed" && !state.run && (
          <button type="button" className="button" onClick={wizard.backToOptions}>
            Back to options
          </button>
        )}
        {state.phase === "failed" && state.run && (
          <button type="button" className="button" onClick={wizard.startOver}>
            Start over
          </button>
        )}
      </div>
    </section>
  );
}

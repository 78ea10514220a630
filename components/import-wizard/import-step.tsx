"use client";

import { useEffect, useState } from "react";
import { formatCount } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { CHUNK_ROWS } from "@/lib/limits";
import { ImportProgress } from "./import-progress";
import { StepHeading } from "./step-heading";
import type { ImportWizardState } from "./use-import-wizard";

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

export function ImportStep({ wizard, shouldFocus }: Props) {
  const { importRun } = wizard;
  const { state } = importRun;
  const isRunning = state.phase === "running";
  const now = useNow(isRunning);
  const repeats = importRun.plan?.repeats.length ?? 0;
  return (
    <section className="wizard-panel" aria-labelledby="step-title">
      <StepHeading title="Importing" shouldFocus={shouldFocus}>
        Rows go to the server {formatCount(CHUNK_ROWS)} at a time. You can keep using this page; if
        the connection drops, the import continues where it stopped.
      </StepHeading>
      {state.phase === "idle" && !importRun.error && <p role="status">Preparing the import…</p>}
      {state.phase !== "idle" && <ImportProgress state={state} now={now} />}
      {repeats > 0 && (
        <p className="muted">
          {formatCount(repeats)} rows repeat an email found earlier in the file; they are not sent.
        </p>
      )}
      {state.retry && (
        <Notice tone="warn" title="Connection problem">
          {state.retry.message}. Trying again in {Math.round(state.retry.delayMs / 1000)} s (attempt{" "}
          {state.retry.attempt + 1}).
        </Notice>
      )}
      {importRun.isFinishing && <p role="status">Finishing the import…</p>}
      {importRun.error && state.phase !== "running" && (
        <Notice
          tone="error"
          title={state.phase === "paused" ? "The import is paused" : "The import stopped"}
        >
          <p>{importRun.error}</p>
          {state.phase === "paused" && (
            <p>Rows already sent are saved. Try again when the connection is back.</p>
          )}
        </Notice>
      )}
      <div className="actions actions-end">
        {state.phase === "paused" && (
          <button type="button" className="button primary" onClick={importRun.retry}>
            Try again
          </button>
        )}
        {(isRunning || state.phase === "paused") && (
          <button type="button" className="button danger" onClick={importRun.cancel}>
            Cancel import
          </button>
        )}
        {state.phase === "idle" && importRun.error && (
          <button type="button" className="button" onClick={() => wizard.goTo("options")}>
            Back to options
          </button>
        )}
        {state.phase === "failed" && (
          <button type="button" className="button" onClick={wizard.startOver}>
            Start over
          </button>
        )}
      </div>
    </section>
  );
}

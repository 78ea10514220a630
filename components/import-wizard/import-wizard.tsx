"use client";

import { useMemo, useRef } from "react";
import { DropStep } from "./drop/drop-step";
import { ImportStep } from "./import/import-step";
import { MappingStep } from "./mapping/mapping-step";
import { DEFAULT_OPTIONS } from "./options/import-options";
import { OptionsStep } from "./options/options-step";
import { ResultStep } from "./result/result-step";
import { type ImportWizardState, useImportWizard, type WizardStep } from "./use-import-wizard";
import { WizardSteps } from "./wizard-steps";

function reachableSteps(wizard: ImportWizardState): Set<WizardStep> {
  const { full } = wizard.csv;
  const phase = wizard.importRun.state.phase;
  const isImporting = wizard.step === "import" || wizard.step === "result" || phase !== "idle";
  if (isImporting) return new Set();
  const steps = new Set<WizardStep>(["drop"]);
  if (full && !full.isTooLong) steps.add("mapping");
  if (full && !full.isTooLong && wizard.mapping.problems.length === 0) steps.add("options");
  return steps;
}

/** `campaignId`: a campaign's "Import a CSV into this campaign" opens the wizard set to it. */
export function ImportWizard({ campaignId }: { campaignId?: string }) {
  const initialOptions = useMemo(
    () => ({ ...DEFAULT_OPTIONS, campaignId: campaignId ?? "" }),
    [campaignId],
  );
  const wizard = useImportWizard(initialOptions);
  // Focus moves to a step's heading once the user has moved between steps, not on page load.
  const hasMoved = useRef(false);
  if (wizard.step !== "drop") hasMoved.current = true;
  const shouldFocus = hasMoved.current;
  const props = { wizard, shouldFocus };
  return (
    <div className="wizard">
      <WizardSteps
        current={wizard.step}
        reachable={reachableSteps(wizard)}
        onSelect={wizard.goTo}
      />
      {wizard.step === "drop" && <DropStep {...props} />}
      {wizard.step === "mapping" && <MappingStep {...props} />}
      {wizard.step === "options" && <OptionsStep {...props} />}
      {wizard.step === "import" && <ImportStep {...props} />}
      {wizard.step === "result" && <ResultStep {...props} />}
    </div>
  );
}

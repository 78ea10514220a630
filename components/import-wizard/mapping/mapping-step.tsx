"use client";

import { Notice } from "@/components/ui/notice";
import type { MappingTarget } from "@/lib/mapping/mapping-target";
import { StepHeading } from "../step-heading";
import type { ImportWizardState } from "../use-import-wizard";
import { mappingRecord } from "./column-choice";
import { MappingRow } from "./mapping-row";
import { SavedMappingOffer } from "./saved-mapping-offer";

interface Props {
  wizard: ImportWizardState;
  shouldFocus: boolean;
}

export function MappingStep({ wizard, shouldFocus }: Props) {
  const { full } = wizard.csv;
  const { choices, problems, update, applyDetected } = wizard.mapping;
  if (!full) return null;
  const renamed = new Set(full.renamedHeaders.map((header) => header.index));
  const applySaved = async (explicit: Record<string, MappingTarget>) => {
    applyDetected(await wizard.csv.getWorker().request({ type: "detect", explicit }));
  };
  const canContinue = problems.length === 0;
  return (
    <section className="wizard-panel" aria-labelledby="step-title">
      <StepHeading title="Map columns" shouldFocus={shouldFocus}>
        Check where each column goes. Nothing is imported yet.
      </StepHeading>
      <SavedMappingOffer
        headers={full.headers}
        current={mappingRecord(choices)}
        onApply={applySaved}
      />
      <div className="table-wrap">
        <table className="mapping-table">
          <caption className="visually-hidden">Columns of the file and where they go</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Sample values</th>
              <th scope="col">Detected</th>
              <th scope="col">Import as</th>
            </tr>
          </thead>
          <tbody>
            {choices.map((choice) => (
              <MappingRow
                key={choice.index}
                choice={choice}
                samples={full.samples[choice.index] ?? []}
                isRenamed={renamed.has(choice.index)}
                onChange={update}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div id="mapping-problems" aria-live="polite">
        {!canContinue && (
          <Notice tone="warn" title="Before you continue">
            <ul className="compact-list" data-testid="mapping-problems">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </Notice>
        )}
      </div>
      <div className="actions actions-end">
        <button type="button" className="button" onClick={() => wizard.goTo("drop")}>
          Back
        </button>
        <button
          type="button"
          className="button primary"
          disabled={!canContinue}
          aria-describedby={canContinue ? undefined : "mapping-problems"}
          onClick={() => wizard.goTo("options")}
        >
          Continue to options
        </button>
      </div>
    </section>
  );
}

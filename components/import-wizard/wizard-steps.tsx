import { WIZARD_STEPS, type WizardStep } from "./use-import-wizard";

interface Props {
  current: WizardStep;
  /** Steps the user may go back to now. */
  reachable: ReadonlySet<WizardStep>;
  onSelect: (step: WizardStep) => void;
}

export function WizardSteps({ current, reachable, onSelect }: Props) {
  const currentIndex = WIZARD_STEPS.findIndex((step) => step.id === current);
  return (
    <nav aria-label="Import steps">
      <ol className="wizard-steps">
        {WIZARD_STEPS.map((step, index) => {
          const isCurrent = step.id === current;
          const state = isCurrent ? "current" : index < currentIndex ? "done" : "todo";
          const label = (
            <>
              <span className="wizard-step-number" aria-hidden="true">
                {index + 1}
              </span>
              {step.title}
            </>
          );
          return (
            <li key={step.id} className={`wizard-step wizard-step-${state}`}>
              {!isCurrent && reachable.has(step.id) ? (
                <button type="button" className="link-button" onClick={() => onSelect(step.id)}>
                  {label}
                </button>
              ) : (
                <span aria-current={isCurrent ? "step" : undefined}>{label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

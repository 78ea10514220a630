import { formatCount } from "@/components/ui/format";
import { WIZARD_COUNT_LABELS, type WizardCounts } from "@/lib/leads/outcome-tally";

/** The six outcomes side by side; `testId` lets tests read each figure. */
export function RunCounts({ counts, testId }: { counts: WizardCounts; testId: string }) {
  return (
    <dl className="run-counts" data-testid={testId}>
      {WIZARD_COUNT_LABELS.map(({ key, label, hint }) => (
        <div key={key} className={`run-count run-count-${key}`}>
          <dt>
            {label}
            <span className="run-count-hint">{hint}</span>
          </dt>
          <dd data-testid={`${testId}-${key}`}>{formatCount(counts[key])}</dd>
        </div>
      ))}
    </dl>
  );
}

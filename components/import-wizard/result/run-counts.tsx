import { formatCount } from "@/components/ui/format";
import {
  SKIPPED_BY_CHOICE_LABEL,
  WIZARD_COUNT_LABELS,
  type WizardCounts,
} from "@/lib/leads/outcome-tally";

interface Props {
  counts: WizardCounts;
  /** Rows the user chose not to import: shown beside the six when there are any. */
  skippedByChoice?: number;
  testId: string;
}

/** The six outcomes side by side; `testId` lets tests read each figure. */
export function RunCounts({ counts, skippedByChoice = 0, testId }: Props) {
  const figures = [
    ...WIZARD_COUNT_LABELS.map(({ key, label, hint }) => ({
      key,
      label,
      hint,
      value: counts[key],
    })),
    ...(skippedByChoice > 0
      ? [{ key: "skippedByChoice", ...SKIPPED_BY_CHOICE_LABEL, value: skippedByChoice }]
      : []),
  ];
  return (
    <dl className="run-counts" data-testid={testId}>
      {figures.map(({ key, label, hint, value }) => (
        <div key={key} className={`run-count run-count-${key}`}>
          <dt>
            {label}
            <span className="run-count-hint">{hint}</span>
          </dt>
          <dd data-testid={`${testId}-${key}`}>{formatCount(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

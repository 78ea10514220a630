interface Props {
  label: string;
  value: number;
  max: number;
  /** Read by screen readers instead of a bare percentage. */
  valueText?: string;
}

export function ProgressBar({ label, value, max, valueText }: Props) {
  const percent = max > 0 ? Math.min(100, (value / max) * 100) : 0;
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={valueText}
    >
      <div className="progress-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}

interface Props {
  /** 1-based. */
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  label: string;
  summary?: string;
}

export function Pager({ page, hasPrevious, hasNext, onPrevious, onNext, label, summary }: Props) {
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button" onClick={onPrevious} disabled={!hasPrevious}>
        Previous
      </button>
      <span className="muted">
        Page {page}
        {summary ? ` · ${summary}` : ""}
      </span>
      <button type="button" className="button" onClick={onNext} disabled={!hasNext}>
        Next
      </button>
    </nav>
  );
}

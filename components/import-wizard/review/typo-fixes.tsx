"use client";

import { useState } from "react";
import { countOf, formatCount } from "@/components/ui/format";
import { EMAIL_TYPO_RULES } from "@/lib/leads/email-typo-fixes";
import type { CsvWorkerClient } from "../worker/csv-worker-client";
import type { TypoSuggestion } from "../worker/review-types";
import type { ReviewState } from "./use-review";

interface Props {
  review: ReviewState;
  getWorker: () => CsvWorkerClient;
}

/**
 * "Fix common email typos" as a suggestion: each fix with its before and after and why, all
 * ticked to start with; nothing changes until the user accepts all or the ones still ticked.
 */
export function TypoFixes({ review, getWorker }: Props) {
  const [found, setFound] = useState<{ total: number; suggestions: TypoSuggestion[] } | null>(null);
  const [unticked, setUnticked] = useState<ReadonlySet<number>>(new Set());
  const [isLooking, setIsLooking] = useState(false);

  const look = async () => {
    setIsLooking(true);
    try {
      setFound(await getWorker().request({ type: "typoSuggestions" }));
      setUnticked(new Set());
    } finally {
      setIsLooking(false);
    }
  };
  const accept = async (indexes: number[] | "all") => {
    await review.acceptTypoFixes(indexes);
    setFound(null);
  };

  if (!found) {
    return (
      <div className="typo-fixes">
        <button type="button" className="button" onClick={look} disabled={isLooking}>
          {isLooking ? "Looking for email typos…" : "Fix common email typos"}
        </button>
        <p className="hint">
          Suggests fixes for “(at)” for @, a trailing dot or comma, gmail.con for gmail.com, spaces
          inside an address. You see each one before anything changes.
        </p>
      </div>
    );
  }
  const ticked = found.suggestions.filter((suggestion) => !unticked.has(suggestion.index));
  return (
    <section className="typo-fixes" aria-labelledby="typo-title" data-testid="typo-fixes">
      <h4 id="typo-title">
        {found.total === 0
          ? "No email typos found"
          : `${countOf(found.total, "suggested fix", "suggested fixes")} for email typos`}
      </h4>
      {found.total > 0 && (
        <>
          <ul className="typo-list">
            {found.suggestions.map((suggestion) => (
              <li key={suggestion.index}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={!unticked.has(suggestion.index)}
                    onChange={(event) =>
                      setUnticked((current) => {
                        const next = new Set(current);
                        if (event.target.checked) next.delete(suggestion.index);
                        else next.add(suggestion.index);
                        return next;
                      })
                    }
                  />
                  <span className="row-number">Row {suggestion.row}</span>
                  <del className="value-before">{suggestion.before}</del>
                  <span aria-hidden="true">→</span>
                  <ins className="value-after">{suggestion.after}</ins>
                  <span className="muted">
                    ({suggestion.rules.map((rule) => EMAIL_TYPO_RULES[rule]).join(", ")})
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {found.total > found.suggestions.length && (
            <p className="muted">
              The first {formatCount(found.suggestions.length)} are listed; “Accept all” takes all{" "}
              {formatCount(found.total)}.
            </p>
          )}
        </>
      )}
      <div className="actions">
        {found.total > 0 && (
          <>
            <button type="button" className="button primary" onClick={() => accept("all")}>
              Accept all {formatCount(found.total)}
            </button>
            <button
              type="button"
              className="button"
              disabled={ticked.length === 0}
              onClick={() => accept(ticked.map((suggestion) => suggestion.index))}
            >
              Accept the {formatCount(ticked.length)} ticked
            </button>
          </>
        )}
        <button type="button" className="button" onClick={() => setFound(null)}>
          {found.total > 0 ? "Dismiss" : "Close"}
        </button>
      </div>
    </section>
  );
}

"use client";

import { useEffect, useRef, useState } from "react";

interface Props {
  /** The button's text ("Remove"). */
  action: string;
  /** What it acts on, for screen readers when a list has one button per row ("ana@example.com"). */
  subject?: string;
  /** What happens, said next to the confirm button ("Signs them out at once."). */
  question: string;
  confirmLabel: string;
  /** Resolves when done; a rejection keeps the question open (the caller shows the error). */
  onConfirm: () => Promise<unknown>;
  isDisabled?: boolean;
}

/**
 * A destructive action asked once more, in place: the button turns into the question with
 * "Yes" and "Keep", and focus moves to "Yes" so a keyboard user confirms without hunting for it.
 */
export function ConfirmAction({
  action,
  subject,
  question,
  confirmLabel,
  onConfirm,
  isDisabled = false,
}: Props) {
  const [phase, setPhase] = useState<"idle" | "asking" | "working">("idle");
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (phase === "asking") confirmRef.current?.focus();
  }, [phase]);
  const confirm = async () => {
    setPhase("working");
    try {
      await onConfirm();
      setPhase("idle");
    } catch {
      setPhase("asking");
    }
  };
  if (phase === "idle") {
    return (
      <button
        type="button"
        className="button danger"
        disabled={isDisabled}
        onClick={() => setPhase("asking")}
      >
        {action}
        {subject && <span className="visually-hidden"> {subject}</span>}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={`${action}${subject ? ` ${subject}` : ""}?`}>
      <span>{question}</span>
      <button
        ref={confirmRef}
        type="button"
        className="button danger"
        disabled={phase === "working"}
        onClick={confirm}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button" onClick={() => setPhase("idle")}>
        Keep
      </button>
    </span>
  );
}

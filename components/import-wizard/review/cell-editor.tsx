"use client";

import { useRef } from "react";

interface EditorProps {
  label: string;
  initial: string;
  /** The value to keep, or null to cancel. */
  onDone: (value: string | null) => void;
  onTab: (value: string, isBack: boolean) => void;
}

/**
 * The input a grid cell becomes while it is edited: Enter keeps the value, Escape cancels, Tab
 * keeps it and moves on, leaving the cell keeps it.
 */
export function CellEditor({ label, initial, onDone, onTab }: EditorProps) {
  const isDone = useRef(false);
  const finish = (value: string | null) => {
    if (isDone.current) return;
    isDone.current = true;
    onDone(value);
  };
  return (
    <input
      className="cell-editor"
      aria-label={label}
      defaultValue={initial}
      autoFocus
      onKeyDown={(event) => {
        if (event.key === "Enter") {
          event.preventDefault();
          finish(event.currentTarget.value);
        } else if (event.key === "Escape") {
          event.preventDefault();
          finish(null);
        } else if (event.key === "Tab") {
          event.preventDefault();
          if (isDone.current) return;
          isDone.current = true;
          onTab(event.currentTarget.value, event.shiftKey);
        }
      }}
      onBlur={(event) => finish(event.currentTarget.value)}
    />
  );
}

"use client";

import { useState } from "react";

/** Copies `text`; says so for a moment, in words a screen reader announces. */
export function CopyButton({ text, label = "Copy" }: { text: string; label?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2_000);
  };
  return (
    <>
      <button type="button" className="button" onClick={copy}>
        {state === "copied" ? "Copied" : label}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {state === "copied" ? "Copied to the clipboard" : ""}
        {state === "failed" ? "Copying failed; select the text and copy it" : ""}
      </span>
    </>
  );
}

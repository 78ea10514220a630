"use client";

import { useEffect, useRef } from "react";

/**
 * Moves focus to the element once it appears, so keyboard and screen-reader users land on a new
 * wizard step's heading instead of on a button that no longer exists.
 */
export function useFocusOnMount<T extends HTMLElement>(isEnabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (isEnabled) ref.current?.focus();
  }, [isEnabled]);
  return ref;
}

"use client";

import { useCallback, useState } from "react";

/**
 * Keyset pages, forward only as the lists page: the cursors of the pages before the current one,
 * so Previous goes back, and the Pager's props once the current page says what comes next.
 */
export function usePageCursors<C extends string | number>() {
  const [cursors, setCursors] = useState<C[]>([]);
  const reset = useCallback(() => setCursors([]), []);
  return {
    cursor: cursors.at(-1),
    /** Back to the first page (a filter changed); the same function on every render. */
    reset,
    pager: (next: C | null) => ({
      page: cursors.length + 1,
      hasPrevious: cursors.length > 0,
      hasNext: next !== null,
      onPrevious: () => setCursors((current) => current.slice(0, -1)),
      onNext: () => {
        if (next !== null) setCursors((current) => [...current, next]);
      },
    }),
  };
}

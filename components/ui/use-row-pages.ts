"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/** Rows asked for at once: a screenful or three. */
const PAGE_ROWS = 100;
/** Pages kept: enough to scroll back without asking again, few enough to stay small. */
const KEPT_PAGES = 40;

export type LoadRows<T> = (from: number, count: number) => Promise<{ total: number; rows: T[] }>;

interface Page<T> {
  generation: number;
  rows: T[];
}

/**
 * Rows of a long list read a page at a time from wherever they live (the import wizard's worker),
 * only the pages that rows `first`..`end` fall on. A new `listKey` is another list: nothing of the
 * old one is shown. `refresh()` reads the pages shown again, showing the old rows meanwhile.
 */
export function useRowPages<T>(load: LoadRows<T>, listKey: string, first: number, end: number) {
  const pages = useRef(new Map<number, Page<T>>());
  const inFlight = useRef(new Set<string>());
  const generation = useRef(0);
  const shownKey = useRef(listKey);
  const [total, setTotal] = useState<number | null>(null);
  const [, setVersion] = useState(0);

  if (shownKey.current !== listKey) {
    shownKey.current = listKey;
    pages.current = new Map();
    inFlight.current = new Set();
  }

  const fetchPage = useCallback(
    (page: number) => {
      const key = shownKey.current;
      const wanted = generation.current;
      const flight = `${key}|${wanted}|${page}`;
      if (inFlight.current.has(flight)) return;
      inFlight.current.add(flight);
      load(page * PAGE_ROWS, PAGE_ROWS)
        .then((answer) => {
          if (shownKey.current !== key) return;
          pages.current.set(page, { generation: wanted, rows: answer.rows });
          forgetFarPages(pages.current, page);
          setTotal(answer.total);
          setVersion((version) => version + 1);
        })
        .catch(() => {})
        .finally(() => inFlight.current.delete(flight));
    },
    [load],
  );

  useEffect(() => {
    setTotal(null);
    fetchPage(0);
  }, [listKey, fetchPage]);

  useEffect(() => {
    if (end <= first) return;
    for (
      let page = Math.floor(first / PAGE_ROWS);
      page <= Math.floor((end - 1) / PAGE_ROWS);
      page++
    ) {
      const kept = pages.current.get(page);
      if (!kept || kept.generation !== generation.current) fetchPage(page);
    }
  });

  const rowAt = useCallback((index: number): T | undefined => {
    return pages.current.get(Math.floor(index / PAGE_ROWS))?.rows[index % PAGE_ROWS];
  }, []);

  const refresh = useCallback(() => {
    generation.current += 1;
    setVersion((version) => version + 1);
  }, []);

  return { total, rowAt, refresh };
}

function forgetFarPages<T>(pages: Map<number, Page<T>>, near: number) {
  if (pages.size <= KEPT_PAGES) return;
  const farthest = [...pages.keys()].sort((a, b) => Math.abs(b - near) - Math.abs(a - near));
  for (const page of farthest.slice(0, pages.size - KEPT_PAGES)) pages.delete(page);
}

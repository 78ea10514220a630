"use client";

import { type UIEvent, useCallback, useEffect, useRef, useState } from "react";
import { scrollTopOf, type VirtualWindow, virtualWindow } from "./virtual-scroll";

/**
 * Rows rendered above and below the viewport, so that a wheel turn (about 100 px) shows no gap
 * before the page renders the rows it brought into view. Each row costs every frame of a fast
 * scroll; bench case wizard-grid-1m measures it.
 */
const OVERSCAN = 3;

/**
 * A scrolling list of `count` rows of `rowHeight` pixels that renders only the rows in view
 * (`window`): the viewport (`viewportRef`, `onScroll`) holds a sticky header of one row height
 * and, below it, content as tall as the rows (see virtualWindow for very long lists).
 */
export function useVirtualRows({ count, rowHeight }: { count: number; rowHeight: number }) {
  const viewportRef = useRef<HTMLDivElement | null>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 10 * rowHeight });

  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    const measure = () =>
      setScroll({ top: viewport.scrollTop, height: viewport.clientHeight - rowHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(viewport);
    return () => observer.disconnect();
  }, [rowHeight]);

  const onScroll = useCallback(
    (event: UIEvent<HTMLElement>) => {
      const { scrollTop, clientHeight } = event.currentTarget;
      setScroll({ top: scrollTop, height: clientHeight - rowHeight });
    },
    [rowHeight],
  );

  const window: VirtualWindow = virtualWindow({
    count,
    rowHeight,
    scrollTop: scroll.top,
    viewportHeight: Math.max(rowHeight, scroll.height),
    overscan: OVERSCAN,
  });

  /** Brings row `index` into view (at the top when it was out of view). */
  const scrollToIndex = useCallback(
    (index: number) => {
      const viewport = viewportRef.current;
      if (!viewport) return;
      const viewportHeight = Math.max(rowHeight, viewport.clientHeight - rowHeight);
      const top = scrollTopOf({ index, count, rowHeight, viewportHeight });
      const shown = virtualWindow({
        count,
        rowHeight,
        scrollTop: viewport.scrollTop,
        viewportHeight,
        overscan: 0,
      });
      if (index >= shown.first && index < shown.end - 1) return;
      viewport.scrollTop = top;
    },
    [count, rowHeight],
  );

  return { viewportRef, onScroll, window, scrollToIndex };
}

/**
 * The tallest scrolling content we make. Browsers cap an element's height (Firefox near 17.9
 * million pixels, Chromium near 33.5 million), below a million rows of any readable height, so a
 * longer list scrolls a shorter content and maps each scroll position onto the rows.
 */
export const MAX_CONTENT_HEIGHT = 8_000_000;

interface Sizes {
  count: number;
  rowHeight: number;
  viewportHeight: number;
}

/** The rows' full height, the content's (capped) and how far each scrolls. */
function ranges({ count, rowHeight, viewportHeight }: Sizes) {
  const rowsHeight = count * rowHeight;
  const contentHeight = Math.min(rowsHeight, MAX_CONTENT_HEIGHT);
  return {
    contentHeight,
    scrollRange: Math.max(0, contentHeight - viewportHeight),
    rowsRange: Math.max(0, rowsHeight - viewportHeight),
  };
}

export interface VirtualWindow {
  /** First row to render (overscan included) and one past the last. */
  first: number;
  end: number;
  /** Where row `first` sits from the top of the scrolling content, in pixels. */
  firstTop: number;
  /** The content's height: the rows', unless that passes MAX_CONTENT_HEIGHT. */
  contentHeight: number;
  /**
   * The most rows a window of this viewport holds. Row `i` renders in slot `i % slots`: a row
   * keeps its slot while it stays in view, and a jump far away fills the same slots, so the
   * table updates the rows' elements in place instead of making new ones each frame.
   */
  slots: number;
}

/**
 * The rows to render for a scroll position. With `count × rowHeight` past MAX_CONTENT_HEIGHT, the
 * scroll position is stretched onto the rows so that the top shows row 0 and the bottom the last
 * row; the rendered rows still sit `rowHeight` apart, so nothing looks stretched.
 */
export function virtualWindow(
  sizes: Sizes & { scrollTop: number; overscan: number },
): VirtualWindow {
  const { count, rowHeight, viewportHeight, overscan } = sizes;
  const { contentHeight, scrollRange, rowsRange } = ranges(sizes);
  const top = Math.max(0, Math.min(sizes.scrollTop, scrollRange));
  const stretch = scrollRange > 0 ? rowsRange / scrollRange : 1;
  const rowsTop = top * stretch;
  const first = Math.max(0, Math.floor(rowsTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((rowsTop + viewportHeight) / rowHeight) + overscan);
  const slots = Math.ceil(viewportHeight / rowHeight) + 1 + 2 * overscan;
  return { first, end, firstTop: top + first * rowHeight - rowsTop, contentHeight, slots };
}

/** The scroll position that shows row `index` at the top. */
export function scrollTopOf(sizes: Sizes & { index: number }): number {
  const { index, rowHeight } = sizes;
  const { scrollRange, rowsRange } = ranges(sizes);
  if (rowsRange === 0) return 0;
  return Math.min(scrollRange, (index * rowHeight * scrollRange) / rowsRange);
}

import { describe, expect, it } from "vitest";
import { MAX_CONTENT_HEIGHT, scrollTopOf, virtualWindow } from "./virtual-scroll";

const ROW = 32;

describe("virtualWindow", () => {
  it("renders the rows in view plus the overscan, each at its own place", () => {
    const window = virtualWindow({
      count: 1_000,
      rowHeight: ROW,
      scrollTop: 10 * ROW + 5,
      viewportHeight: 10 * ROW,
      overscan: 2,
    });
    expect(window).toEqual({
      first: 8,
      end: 23,
      firstTop: 8 * ROW,
      contentHeight: 1_000 * ROW,
      slots: 15,
    });
  });

  it("has a slot for every row of a window, wherever it is scrolled, stretched or not", () => {
    for (const count of [1_000, 1_048_576]) {
      for (const viewportHeight of [400, 10 * ROW, 333]) {
        const scrollRange = Math.min(count * ROW, MAX_CONTENT_HEIGHT) - viewportHeight;
        for (let step = 0; step <= 997; step += 1) {
          const scrollTop = (scrollRange * step) / 997 + (step % 7) / 3;
          const { first, end, slots } = virtualWindow({
            count,
            rowHeight: ROW,
            scrollTop,
            viewportHeight,
            overscan: 3,
          });
          expect(end - first).toBeLessThanOrEqual(slots);
        }
      }
    }
  });

  it("renders every row of a list shorter than its viewport", () => {
    const window = virtualWindow({
      count: 5,
      rowHeight: ROW,
      scrollTop: 0,
      viewportHeight: 400,
      overscan: 3,
    });
    expect(window).toMatchObject({ first: 0, end: 5, firstTop: 0, contentHeight: 5 * ROW });
  });

  it("reaches the last of a million rows at the bottom of content no taller than the cap", () => {
    const count = 1_048_576;
    const viewportHeight = 400;
    const bottom = virtualWindow({
      count,
      rowHeight: ROW,
      scrollTop: MAX_CONTENT_HEIGHT - viewportHeight,
      viewportHeight,
      overscan: 0,
    });
    expect(bottom.contentHeight).toBe(MAX_CONTENT_HEIGHT);
    expect(bottom.end).toBe(count);
    // The last row's bottom is the viewport's bottom.
    const lastTop = bottom.firstTop + (count - 1 - bottom.first) * ROW;
    expect(lastTop + ROW).toBeCloseTo(MAX_CONTENT_HEIGHT, 6);
  });

  it("scrolls a row to the top, stretched or not", () => {
    for (const count of [1_000, 1_048_576]) {
      const scrollTop = scrollTopOf({ index: 700, count, rowHeight: ROW, viewportHeight: 400 });
      const window = virtualWindow({
        count,
        rowHeight: ROW,
        scrollTop,
        viewportHeight: 400,
        overscan: 0,
      });
      expect(window.first).toBe(700);
      expect(window.firstTop).toBeCloseTo(scrollTop, 6);
    }
  });
});

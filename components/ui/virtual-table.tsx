"use client";

import { type CSSProperties, Fragment, type ReactNode } from "react";
import type { useVirtualRows } from "./use-virtual-rows";

export interface VirtualColumn {
  key: string;
  label: ReactNode;
  /** A CSS grid track: `80px`, `minmax(240px, 1fr)`. */
  width: string;
}

interface Props {
  label: string;
  testId?: string;
  className?: string;
  /** `grid` for a table whose cells take focus and edits. */
  role?: "table" | "grid";
  columns: readonly VirtualColumn[];
  rowCount: number;
  rowHeight: number;
  /** Rows tall the viewport is at most (shorter lists make it shorter). */
  visibleRows: number;
  virtual: ReturnType<typeof useVirtualRows>;
  /**
   * A row of the window: `style` places it; its cells are `role="cell"` (or `gridcell`). The
   * table keys it by slot, so a row's element is reused for another row as the table scrolls:
   * render a row not loaded yet with the same elements, empty.
   */
  renderRow: (index: number, style: CSSProperties) => ReactNode;
  onKeyDown?: (event: React.KeyboardEvent<HTMLDivElement>) => void;
}

/**
 * A table that scrolls through any number of rows while only the rows in view are in the DOM: a
 * sticky header row, then rows placed by `useVirtualRows`. Rows and cells carry ARIA table roles
 * and `aria-rowindex`, so assistive technology knows where in the whole list a row is.
 */
export function VirtualTable(props: Props) {
  const { columns, rowCount, rowHeight, virtual } = props;
  const { first, end, firstTop, contentHeight, slots } = virtual.window;
  const height = (Math.min(rowCount, props.visibleRows) + 1) * rowHeight + 2;
  const style = {
    height,
    "--columns": columns.map((column) => column.width).join(" "),
    "--row-height": `${rowHeight}px`,
  } as CSSProperties;
  const rows: ReactNode[] = [];
  for (let index = first; index < end; index += 1) {
    const top = firstTop + (index - first) * rowHeight;
    rows.push(
      <Fragment key={index % slots}>
        {props.renderRow(index, { transform: `translateY(${top}px)` })}
      </Fragment>,
    );
  }
  return (
    <div
      className={props.className ? `virtual-table ${props.className}` : "virtual-table"}
      ref={virtual.viewportRef}
      onScroll={virtual.onScroll}
      onKeyDown={props.onKeyDown}
      role={props.role ?? "table"}
      aria-label={props.label}
      aria-rowcount={rowCount + 1}
      data-testid={props.testId}
      style={style}
    >
      <div role="rowgroup" className="virtual-head">
        <div role="row" aria-rowindex={1} className="virtual-row">
          {columns.map((column) => (
            <div key={column.key} role="columnheader" className="virtual-cell">
              {column.label}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="virtual-body" style={{ height: contentHeight }}>
        {rows}
      </div>
    </div>
  );
}

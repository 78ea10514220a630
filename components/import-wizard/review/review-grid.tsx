"use client";

import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from "react";
import { useRowPages } from "@/components/ui/use-row-pages";
import { useVirtualRows } from "@/components/ui/use-virtual-rows";
import { type VirtualColumn, VirtualTable } from "@/components/ui/virtual-table";
import type { CsvWorkerClient } from "../worker/csv-worker-client";
import type { ReviewRow } from "../worker/review-types";
import { CellEditor } from "./cell-editor";
import { STATE_BADGES, STATE_LABELS } from "./row-states";
import type { ReviewState } from "./use-review";

const ROW_HEIGHT = 34;
const VISIBLE_ROWS = 14;
const PAGE_ROWS = 10;

/** A file column the grid shows and edits. */
export interface GridColumn {
  index: number;
  header: string;
  /** Where the mapping sends it, in words. */
  target: string;
}

interface Cell {
  /** Position in the listed rows, and among the grid's file columns. */
  at: number;
  column: number;
}

interface Props {
  review: ReviewState;
  columns: readonly GridColumn[];
  getWorker: () => CsvWorkerClient;
  /** Changes when a dry run has new outcomes for the rows. */
  outcomesKey: string;
  selected: ReadonlySet<number>;
  onSelect: (index: number, isSelected: boolean) => void;
  /** The row whose cell has focus, for the row's detail. */
  onActiveRow: (index: number | null) => void;
}

/**
 * The rows of the file, as many as it has, in a virtual grid: a cell is edited by double-clicking
 * it or pressing Enter (Escape cancels, Enter or Tab keeps), arrows move between cells, Ctrl+Z and
 * Ctrl+Y undo and redo. The worker checks an edited row again at once; its state shows here.
 */
export function ReviewGrid(props: Props) {
  const { review, columns, getWorker } = props;
  const { view } = review;
  const columnsKey = columns.map((column) => column.index).join(",");
  const load = useCallback(
    (from: number, count: number) =>
      getWorker().request({
        type: "reviewRows",
        view,
        columns: columnsKey === "" ? [] : columnsKey.split(",").map(Number),
        from,
        count,
      }),
    [getWorker, view, columnsKey],
  );
  const listKey = `${JSON.stringify(view)}|${columnsKey}`;
  const [rowCount, setRowCount] = useState(0);
  const virtual = useVirtualRows({ count: rowCount, rowHeight: ROW_HEIGHT });
  const pages = useRowPages<ReviewRow>(load, listKey, virtual.window.first, virtual.window.end);
  if ((pages.total ?? 0) !== rowCount) setRowCount(pages.total ?? 0);

  const hasShownRows = useRef(false);
  const isFirstRowLoaded = pages.rowAt(virtual.window.first) !== undefined;
  useEffect(() => {
    if (!isFirstRowLoaded || hasShownRows.current) return;
    hasShownRows.current = true;
    // `npm run bench` measures step 3 → the grid's first rows with this mark.
    performance.mark("leadport:review-grid-shown");
  }, [isFirstRowLoaded]);

  const { refresh } = pages;
  const revision = review.summary?.revision;
  useEffect(() => refresh(), [refresh, revision, props.outcomesKey]);

  const [active, setActive] = useState<Cell | null>(null);
  const [editing, setEditing] = useState<(Cell & { draft: string }) | null>(null);
  const gridRef = useRef<HTMLDivElement | null>(null);
  const activeIndex = active ? pages.rowAt(active.at)?.index : undefined;
  const { onActiveRow } = props;
  useEffect(() => onActiveRow(activeIndex ?? null), [activeIndex, onActiveRow]);

  useEffect(() => {
    if (!active || editing) return;
    const cell = gridRef.current?.querySelector<HTMLElement>(
      `[data-cell="${active.at}:${active.column}"]`,
    );
    if (
      cell &&
      cell !== document.activeElement &&
      gridRef.current?.contains(document.activeElement)
    ) {
      cell.focus();
    }
  });

  const moveTo = (cell: Cell) => {
    const at = Math.max(0, Math.min(rowCount - 1, cell.at));
    const column = Math.max(0, Math.min(columns.length - 1, cell.column));
    setActive({ at, column });
    virtual.scrollToIndex(at);
  };

  const startEdit = (cell: Cell) => {
    const row = pages.rowAt(cell.at);
    if (!row) return;
    setActive(cell);
    setEditing({ ...cell, draft: row.cells[cell.column] ?? "" });
  };

  const commit = (value: string) => {
    const cell = editing;
    if (!cell) return;
    setEditing(null);
    const row = pages.rowAt(cell.at);
    const column = columns[cell.column];
    if (!row || !column || value === row.cells[cell.column]) return;
    void review.edit(row.index, column.index, value, column.header);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing || (event.target as HTMLElement).tagName === "INPUT") return;
    const isCommand = event.ctrlKey || event.metaKey;
    if (isCommand && event.key.toLowerCase() === "z") {
      event.preventDefault();
      void (event.shiftKey ? review.redo() : review.undo());
      return;
    }
    if (isCommand && event.key.toLowerCase() === "y") {
      event.preventDefault();
      void review.redo();
      return;
    }
    const cell = active ?? { at: 0, column: 0 };
    const moves: Record<string, Cell> = {
      ArrowDown: { ...cell, at: cell.at + 1 },
      ArrowUp: { ...cell, at: cell.at - 1 },
      ArrowRight: { ...cell, column: cell.column + 1 },
      ArrowLeft: { ...cell, column: cell.column - 1 },
      PageDown: { ...cell, at: cell.at + PAGE_ROWS },
      PageUp: { ...cell, at: cell.at - PAGE_ROWS },
      Home: isCommand ? { at: 0, column: 0 } : { ...cell, column: 0 },
      End: isCommand
        ? { at: rowCount - 1, column: cell.column }
        : { ...cell, column: columns.length - 1 },
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      moveTo(move);
    } else if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      startEdit(cell);
    }
  };

  const tableColumns: VirtualColumn[] = [
    { key: "select", label: <span className="visually-hidden">Select</span>, width: "40px" },
    { key: "row", label: "Row", width: "72px" },
    { key: "state", label: "Outcome", width: "140px" },
    { key: "detail", label: "Why", width: "260px" },
    ...columns.map((column) => ({
      key: `c${column.index}`,
      label: (
        <span title={`${column.header} → ${column.target}`}>
          {column.header} <span className="muted">→ {column.target}</span>
        </span>
      ),
      width: "220px",
    })),
  ];

  return (
    <div ref={gridRef}>
      <VirtualTable
        label="Rows of the file"
        testId="review-grid"
        className="review-grid"
        role="grid"
        columns={tableColumns}
        rowCount={rowCount}
        rowHeight={ROW_HEIGHT}
        visibleRows={VISIBLE_ROWS}
        virtual={virtual}
        onKeyDown={onKeyDown}
        renderRow={(at, style) => {
          const row = pages.rowAt(at);
          return (
            <div
              role="row"
              aria-rowindex={at + 2}
              className={
                row
                  ? `virtual-row review-row review-row-${row.state}`
                  : "virtual-row virtual-row-loading"
              }
              style={style}
              data-row={row?.row}
            >
              <div role="gridcell" className="virtual-cell">
                {row && (
                  <input
                    type="checkbox"
                    aria-label={`Select row ${row.row}`}
                    checked={props.selected.has(row.index)}
                    onChange={(event) => props.onSelect(row.index, event.target.checked)}
                  />
                )}
              </div>
              <div role="rowheader" className="virtual-cell row-number">
                {row?.row ?? "…"}
              </div>
              <div role="gridcell" className="virtual-cell">
                {row && (
                  <span className={`badge ${STATE_BADGES[row.state]}`}>
                    {STATE_LABELS[row.state]}
                  </span>
                )}
              </div>
              <div role="gridcell" className="virtual-cell" title={row?.detail}>
                {row?.detail}
              </div>
              {columns.map((column, position) => {
                if (!row) {
                  return <div key={column.index} role="gridcell" className="virtual-cell" />;
                }
                const isActive = active?.at === at && active.column === position;
                const isEditing = editing?.at === at && editing.column === position;
                const original = row.originals[position];
                const value = row.cells[position] ?? "";
                return (
                  <div
                    key={column.index}
                    role="gridcell"
                    data-cell={`${at}:${position}`}
                    data-column={column.header}
                    tabIndex={isActive || (!active && at === 0 && position === 0) ? 0 : -1}
                    aria-selected={isActive}
                    className={`virtual-cell editable-cell${original !== null ? " cell-edited" : ""}`}
                    title={original !== null ? `Edited; the file had “${original}”` : value}
                    onClick={() => setActive({ at, column: position })}
                    onDoubleClick={() => startEdit({ at, column: position })}
                  >
                    {isEditing ? (
                      <CellEditor
                        label={`${column.header}, row ${row.row}`}
                        initial={editing.draft}
                        onDone={(next) => (next === null ? setEditing(null) : commit(next))}
                        onTab={(next, isBack) => {
                          commit(next);
                          moveTo({ at, column: position + (isBack ? -1 : 1) });
                        }}
                      />
                    ) : (
                      value || <span className="muted">(empty)</span>
                    )}
                  </div>
                );
              })}
            </div>
          );
        }}
      />
    </div>
  );
}

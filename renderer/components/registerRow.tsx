// A register's body rows drawn as plain cells. antd's table keeps the header (sort, filters, widths) and a
// fixed number of row slots; RegisterRow fills each slot with the window's row of that place and draws its
// cells itself. antd's own cells (a context subscription, a hover state and a memo comparison each) cost some
// 0.2 ms apiece, and antd drew its whole table again on every jump: a jump landing on 20 rows of 14 columns
// spent 50–80 ms drawing them (issue 20 point 3: a jump fills in 100 ms). Now a jump draws only the rows.
import {
  createContext,
  memo,
  useContext,
  type CSSProperties,
  type HTMLAttributes,
  type Key,
  type ReactNode,
} from 'react';
import { isPending, PendingCell, type Row } from './scrollWindow';

/** What a row needs of a register's column (RegisterTable's RegisterColumn has it). */
export interface RowColumn<T> {
  key: string;
  render: (row: T) => ReactNode;
  align?: 'right';
  pinned?: boolean;
}

/**
 * A column that stays in view when the table scrolls right: its class and its left edge, as `--pin-left`
 * (sticky only once the table has scrolled right, scrollWindow.tsx; an inline `left` would shift antd's
 * header cells, which are position: relative, at the left edge).
 */
export interface Pin {
  className?: string;
  style?: CSSProperties;
}

/** How a register's rows are drawn: the same between jumps, so that a row whose record is the same is not drawn again. */
export interface RowLayout<T> {
  /** The columns shown, in order, and how each is pinned. */
  columns: RowColumn<T>[];
  pins: Pin[];
  want: (index: number) => () => void;
  keyOf: (row: Row<T>) => Key;
  /** Ticks or unticks a row; absent when the register has no batch actions. */
  tick?: (row: T, checked: boolean) => void;
  /** Opens a row (double click, Enter); absent when the register's rows do not open. */
  open?: (row: T) => void;
}

export interface RowCells<T> {
  layout: RowLayout<T>;
  /** The window's rows, slot by slot. */
  rows: Row<T>[];
  selected?: ReadonlySet<Key>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one provider serves every register's rows
export const RowCellsContext = createContext<RowCells<any> | null>(null);

/** A place for a row in antd's table: antd draws the slots once, RegisterRow puts the window's rows in them. */
export class Slot {
  readonly key: string;
  constructor(readonly index: number) {
    this.key = `slot-${index}`;
  }
}

/** The visible columns of a register and the pin of each: sticky cells at their sums of widths. */
export function layoutOf<C extends { key: string; pinned?: boolean }>(
  columns: C[],
  hidden: string[],
  widthOf: (c: C) => number,
  lead: number,
): { visible: C[]; pins: Pin[] } {
  const visible = columns.filter((c) => !hidden.includes(c.key));
  const lastPinned = visible.map((c) => Boolean(c.pinned)).lastIndexOf(true);
  let left = lead;
  const pins = visible.map((c, n) => {
    const pin: Pin =
      n <= lastPinned
        ? {
            className: n === lastPinned ? 'register-pinned register-pinned-last' : 'register-pinned',
            style: { '--pin-left': `${left}px` } as CSSProperties,
          }
        : {};
    left += widthOf(c);
    return pin;
  });
  return { visible, pins };
}

type RowProps = HTMLAttributes<HTMLTableRowElement> & { registerSlot?: number; children?: ReactNode };

/**
 * One slot of the register's table, drawn with the window's row of that place (a jump changes the rows in the
 * slots; antd draws nothing). antd's other rows (the empty state) come without a slot and are drawn as antd
 * made them; a slot past the window's rows is hidden.
 */
export function RegisterRow({ registerSlot: slot, children, ...tr }: RowProps) {
  const cells = useContext(RowCellsContext);
  if (slot === undefined || !cells) return <tr {...tr}>{children}</tr>;
  const row = cells.rows[slot];
  if (row === undefined) return <tr hidden />;
  const key = cells.layout.keyOf(row);
  return (
    <FilledRow
      row={row}
      rowKey={key}
      layout={cells.layout}
      checked={Boolean(cells.selected?.has(key))}
      className={tr.className}
    />
  );
}

interface FilledRowProps<T> {
  row: Row<T>;
  rowKey: Key;
  layout: RowLayout<T>;
  checked: boolean;
  className?: string;
}

const FilledRow = memo(function FilledRow<T extends object>({
  row,
  rowKey,
  layout,
  checked,
  className,
}: FilledRowProps<T>) {
  const pending = isPending(row);
  const { tick, open } = layout;
  const opens = !pending && open ? open : undefined;
  return (
    <tr
      className={checked ? `${className ?? ''} ant-table-row-selected` : className}
      data-row-key={rowKey}
      tabIndex={opens ? 0 : -1}
      onDoubleClick={opens && !isPending(row) ? () => opens(row) : undefined}
      onKeyDown={
        opens && !isPending(row)
          ? (e) => {
              if (e.key === 'Enter') opens(row);
            }
          : undefined
      }
    >
      {tick ? (
        <td className="ant-table-cell ant-table-selection-column">
          <input
            type="checkbox"
            className="register-tick"
            aria-label="选择此行"
            checked={checked}
            disabled={pending}
            onChange={() => {
              if (!isPending(row)) tick(row, !checked);
            }}
          />
        </td>
      ) : null}
      {layout.columns.map((c, n) => {
        const content = pending
          ? n === 0 && <PendingCell index={row.pending} want={layout.want} />
          : c.render(row);
        const pin = layout.pins[n];
        const cls = pin?.className
          ? `ant-table-cell ant-table-cell-ellipsis ${pin.className}`
          : 'ant-table-cell ant-table-cell-ellipsis';
        return (
          <td
            key={c.key}
            className={cls}
            style={c.align ? { ...pin?.style, textAlign: c.align } : pin?.style}
            title={typeof content === 'string' || typeof content === 'number' ? String(content) : undefined}
          >
            {content}
          </td>
        );
      })}
    </tr>
  );
});

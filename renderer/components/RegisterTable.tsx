// The one table every register uses: one continuous list of the whole register (100k rows scroll as one),
// of which only the rows in view are drawn (virtual rows) and only the blocks of 100 rows in view are read
// from the channel; sort, filters and search are sent to the channel; fixed header, remembered column
// settings, and an empty state that says what to do next.
import { Empty, Table, type TableColumnsType, type TableProps } from 'antd';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type HTMLAttributes,
  type Key,
  type ReactNode,
} from 'react';
import { useShallow } from 'zustand/react/shallow';
import { BLOCK, blocksOf, type RegisterQuery, type RegisterStore } from '../stores/register.store';
import { useColumnSettings } from './columnSettings';
import { type ToolbarFilter } from './FilterChips';
import { RegisterHead } from './RegisterHead';
import { takeViewFilters } from '../shell/view';
import {
  layoutOf,
  RegisterRow,
  RowCellsContext,
  Slot,
  type Pin,
  type RowCells,
  type RowLayout,
} from './registerRow';
import {
  isPending,
  PendingWindow,
  pendingRow,
  usePendingRows,
  useScrollWindow,
  type Row,
} from './scrollWindow';

export interface RegisterColumn<T> {
  key: string;
  title: string;
  width: number;
  render: (row: T) => ReactNode;
  /** The channel's sort field name; absent: the column cannot be sorted (no index behind it). */
  sortField?: string;
  /** One-of filter sent as `filters[key]`. */
  filterOptions?: { value: string; label: string }[];
  /** Numbers and amounts. */
  align?: 'right';
  defaultHidden?: boolean;
  /** Stays in view when the table scrolls right (编号, 名称); the columns before it stay with it. */
  pinned?: boolean;
}

export type { ToolbarFilter } from './FilterChips';

export interface RegisterTableProps<T> {
  /** Stable id: the key for remembered column settings. */
  registerId: string;
  columns: RegisterColumn<T>[];
  rowKey: (row: T) => Key;
  /** The register's store: its channel, and the domains whose changes reload it while this table shows it. */
  store: RegisterStore<T>;
  /** What the clerk should do when there is nothing to show yet. */
  emptyText: ReactNode;
  /** Placeholder of the search box; absent when the channel takes no search text. */
  searchPlaceholder?: string;
  toolbar?: ReactNode;
  onOpen?: (row: T) => void;
  /** Rows the clerk ticks for a batch action (their keys). */
  rowSelection?: { selectedRowKeys: Key[]; onChange: (keys: Key[]) => void; columnWidth?: number };
  /** Filters set outside the column headers, so their chips can name them. */
  toolbarFilters?: ToolbarFilter[];
}

/**
 * The register's columns as antd's header: the query's sort and filters shown in it, the pinned ones sticky.
 * The rows' cells are RegisterRow's.
 */
function antColumnsOf<T extends object>(
  visible: RegisterColumn<T>[],
  pins: Pin[],
  widthOf: (c: RegisterColumn<T>) => number,
  query: RegisterQuery,
): TableColumnsType<Slot> {
  return visible.map((c, n) => ({
    onHeaderCell: () => pins[n] ?? {},
    key: c.key,
    dataIndex: c.key,
    title: c.title,
    width: widthOf(c),
    align: c.align,
    ellipsis: true,
    ...(c.sortField
      ? {
          sorter: true,
          sortOrder:
            query.sort?.field === c.sortField ? (query.sort.order === 'asc' ? 'ascend' : 'descend') : null,
        }
      : {}),
    ...(c.filterOptions
      ? {
          filters: c.filterOptions.map((o) => ({ text: o.label, value: o.value })),
          filterMultiple: false,
          filteredValue: query.filters[c.key] ? [query.filters[c.key] as string] : null,
        }
      : {}),
  }));
}

/**
 * How long the rows a jump landed on stay all that is drawn. Drawn at once after the frame that showed them,
 * the rest of the window (some 24 rows made anew, their layout and paint) held up the next step of a drag of
 * the scroll bar by 25–40 ms (issue 20 point 3); a clerk who stops on a place has it drawn whole soon after.
 */
const LOOSEN_MS = 150;

const BODY = { body: { row: RegisterRow } };
const NO_SLOTS: Slot[] = [];
// The slot's place, for RegisterRow (antd passes what onRow returns to the row as its props).
const onRow = (slot: Slot) => ({ registerSlot: slot.index }) as HTMLAttributes<HTMLElement>;

export function RegisterTable<T extends object>(props: RegisterTableProps<T>) {
  const { registerId, columns, store, onOpen } = props;
  const { query, blocks, total, loading, error } = store(
    useShallow((s) => ({
      query: s.query,
      blocks: s.blocks,
      total: s.total,
      loading: s.loading,
      error: s.error,
    })),
  );
  const setQuery = store((s) => s.setQuery);
  const reload = store((s) => s.reload);
  const loadBlocks = store((s) => s.loadBlocks);
  const watch = store((s) => s.watch);
  const defaultHidden = useMemo(() => columns.filter((c) => c.defaultHidden).map((c) => c.key), [columns]);
  const [settings, saveSettings] = useColumnSettings(registerId, defaultHidden);
  // 前往处理 may have asked for a view of this register: its filters replace the clerk's, the search goes.
  const [view] = useState(() => takeViewFilters(registerId));
  const [search, setSearch] = useState(view ? '' : query.search);
  // The search runs as the clerk types, once they pause (Enter runs it at once).
  useEffect(() => {
    const text = search.trim();
    if (text === query.search) return;
    const t = setTimeout(() => void setQuery({ search: text }), 300);
    return () => clearTimeout(t);
  }, [search, query.search, setQuery]);
  // A jump reads the rows in view first, then the rest of the window: asked together, the second read held
  // up the first's answer (the core answers one at a time).
  const [boxRef, win] = useScrollWindow(total, (first, last, around) => {
    const inView = loadBlocks(blocksOf(first, last));
    void inView.then(() => loadBlocks(blocksOf(around.start, around.end - 1)));
    return inView;
  });
  const want = usePendingRows((is) => void loadBlocks(is));

  useEffect(() => {
    // The list reads from the top in blocks of BLOCK rows, whatever page an older table left in the query.
    if (view) void setQuery({ page: 1, pageSize: BLOCK, filters: view, search: '' });
    else if (query.page !== 1 || query.pageSize !== BLOCK) void setQuery({ page: 1, pageSize: BLOCK });
    else void reload();
    // Only when the register (its store) changes; the query's own changes reload through setQuery.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reload]);
  // While shown, the register reloads itself after each write that changed what it shows.
  useEffect(watch, [watch]);
  const { toTop } = win;
  useEffect(toTop, [query, toTop]);

  const { start, end } = win;
  // Scrolling on through rows already read: read the next block before it comes into view.
  useEffect(() => {
    const read = (i: number) => Boolean(blocks[Math.floor(i / BLOCK)]);
    if (!total || !(read(start) || read(end - 1))) return;
    const ahead = [start - BLOCK / 2, end + BLOCK / 2]
      .map((i) => Math.min(total - 1, Math.max(0, i)))
      .filter((row) => !read(row));
    if (ahead.length) void loadBlocks(ahead.map((row) => Math.floor(row / BLOCK)));
  }, [start, end, total, blocks, loadBlocks]);
  const data = useMemo(() => {
    const out: Row<T>[] = [];
    for (let i = start; i < end; i++) out.push(blocks[Math.floor(i / BLOCK)]?.[i % BLOCK] ?? pendingRow(i));
    return out;
  }, [blocks, start, end]);
  // What the table draws stays the same array while the window's rows are the same ones (a block read ahead
  // arriving), so that antd does not draw them again; and when nothing in the window is read yet, the table
  // keeps the rows it drew last, hidden under a PendingWindow.
  const unread = data.length > 0 && data.every(isPending);
  const [drawn, setDrawn] = useState(data);
  const same = data.length === drawn.length && data.every((r, i) => r === drawn[i]);
  if (!unread && !same) setDrawn(data);
  const rows = unread || same ? drawn : data;
  // antd's table holds as many slots as the window has had rows (it grows, never shrinks) and is not drawn
  // again when the window moves: RegisterRow fills each slot with the window's row (the context below).
  const [slotCount, setSlotCount] = useState(0);
  if (data.length > slotCount) setSlotCount(data.length);
  const slots = useMemo(() => Array.from({ length: slotCount }, (_, i) => new Slot(i)), [slotCount]);
  const tableData = total > 0 ? slots : NO_SLOTS;
  // After a jump only the rows in view are drawn; once they are read and shown, the rest of the window, unless
  // the clerk has jumped again by then (the scroll bar dragged on) or scrolled (which draws it at once).
  const { tight, loosen } = win;
  const shown = tight && data.length > 0 && !data.some(isPending);
  useEffect(() => {
    if (!shown) return;
    const later = setTimeout(loosen, LOOSEN_MS);
    return () => clearTimeout(later);
  }, [shown, start, loosen]);

  // The ticking column (antd's default width when the register sets none) stays left of the pinned ones.
  const lead = props.rowSelection ? (props.rowSelection.columnWidth ?? 32) : 0;
  // Stable between scroll steps, so that antd redraws only the rows.
  const layout = useMemo(() => {
    const widthOf = (c: RegisterColumn<T>) => settings.widths[c.key] ?? c.width;
    return { widthOf, ...layoutOf(columns, settings.hidden, widthOf, lead) };
  }, [columns, settings, lead]);
  const antColumns = useMemo(
    () => antColumnsOf(layout.visible, layout.pins, layout.widthOf, query),
    [layout, query],
  );
  const width = antColumns.reduce((n, c) => n + Number(c.width ?? 120), 0);

  const onChange = useCallback<NonNullable<TableProps<Slot>['onChange']>>(
    (_pagination, filters, sorter, extra) => {
      const change: Partial<RegisterQuery> = {};
      if (extra.action === 'filter') {
        change.filters = Object.fromEntries(
          Object.entries(filters).map(([k, v]) => [k, v && v.length ? String(v[0]) : undefined]),
        );
      }
      if (extra.action === 'sort' && !Array.isArray(sorter)) {
        const col = columns.find((c) => c.key === sorter.columnKey);
        change.sort =
          sorter.order && col?.sortField
            ? { field: col.sortField, order: sorter.order === 'ascend' ? 'asc' : 'desc' }
            : null;
      }
      void setQuery(change);
    },
    [columns, setQuery],
  );

  // The register's handlers as they are now, read when called: the table below then stays the same element
  // while only the toolbar changes (the 保管人 list arriving, the box resized), and antd draws its rows again
  // only when the rows, columns or ticks change (each draw of ~30 rows costs some 30 ms).
  const handlers = useRef({ rowKey: props.rowKey, onOpen });
  useLayoutEffect(() => {
    handlers.current = { rowKey: props.rowKey, onOpen };
  });
  const keyOf = useCallback(
    (r: Row<T>) => (isPending(r) ? `pending-${r.pending}` : handlers.current.rowKey(r)),
    [],
  );
  const opens = Boolean(onOpen);
  const { selectedRowKeys, onChange: onSelect, columnWidth } = props.rowSelection ?? {};
  const rowSelection = useMemo<TableProps<Slot>['rowSelection']>(
    () =>
      selectedRowKeys && onSelect
        ? {
            selectedRowKeys,
            onChange: onSelect,
            ...(columnWidth === undefined ? {} : { columnWidth }),
            // Ticking "all" would tick only the rows read so far; batch actions take the rows ticked.
            hideSelectAll: true,
            // Rows scrolled out of the window are still ticked.
            preserveSelectedRowKeys: true,
          }
        : undefined,
    [selectedRowKeys, onSelect, columnWidth],
  );
  // How RegisterRow draws the rows; the tick is a plain checkbox (antd's, its wave and its styles' hooks, took
  // a third of a jump's drawing). The ticks as they are now are read when one is clicked, so that ticking
  // draws again only the rows whose tick changed.
  const ticked = useRef(selectedRowKeys);
  useLayoutEffect(() => {
    ticked.current = selectedRowKeys;
  });
  const ticks = Boolean(selectedRowKeys && onSelect);
  const rowLayout = useMemo<RowLayout<T>>(
    () => ({
      columns: layout.visible,
      pins: layout.pins,
      want,
      keyOf,
      tick: ticks
        ? (row, checked) => {
            const key = keyOf(row);
            const now = ticked.current ?? [];
            onSelect?.(checked ? [...now, key] : now.filter((k) => k !== key));
          }
        : undefined,
      open: opens ? (row) => handlers.current.onOpen?.(row) : undefined,
    }),
    [layout, want, keyOf, ticks, onSelect, opens],
  );
  const selected = useMemo(() => (selectedRowKeys ? new Set(selectedRowKeys) : undefined), [selectedRowKeys]);
  const cells = useMemo<RowCells<T>>(
    () => ({ layout: rowLayout, rows, selected }),
    [rowLayout, rows, selected],
  );
  const filtered = Boolean(query.search) || Object.values(query.filters).some(Boolean);
  const { emptyText } = props;
  const table = useMemo(
    () => (
      <Table<Slot>
        size="small"
        bordered
        tableLayout="fixed"
        rowKey="key"
        rowSelection={rowSelection}
        columns={antColumns}
        dataSource={tableData}
        loading={loading}
        onChange={onChange}
        pagination={false}
        onRow={onRow}
        components={BODY}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={filtered ? '没有符合条件的记录。请放宽筛选条件或清除搜索词。' : emptyText}
            />
          ),
        }}
      />
    ),
    [rowSelection, antColumns, tableData, loading, onChange, filtered, emptyText],
  );
  return (
    <div className="register-table">
      <RegisterHead
        searchPlaceholder={props.searchPlaceholder}
        search={search}
        setSearch={setSearch}
        setQuery={setQuery}
        reload={reload}
        toolbar={props.toolbar}
        toolbarFilters={props.toolbarFilters}
        total={total}
        query={query}
        columns={columns}
        settings={settings}
        saveSettings={saveSettings}
        error={error}
      />
      <div className="register-scroll" ref={boxRef} onScroll={win.onScroll}>
        <div className="register-spacer" style={{ height: win.spacer, minWidth: width }}>
          <div className="register-window" style={{ height: win.height }} data-start={start}>
            <RowCellsContext.Provider value={cells}>{table}</RowCellsContext.Provider>
            {unread ? <PendingWindow start={start} end={end} top={win.header} want={want} /> : null}
          </div>
        </div>
      </div>
    </div>
  );
}

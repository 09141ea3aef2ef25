// The one table every register uses: server-side paging, sort, filters and search (all sent to the
// channel), fixed header with virtual rows, remembered column settings, and an empty state that says what
// to do next.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Space, Table, type TableColumnsType, type TableProps } from 'antd';
import { useEffect, useMemo, useRef, useState, type Key, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { RegisterFetcher, RegisterQuery, RegisterStore } from '../stores/register.store';
import { ColumnSettingsButton } from './ColumnSettingsButton';
import { useColumnSettings } from './columnSettings';
import { ErrorNote } from './ErrorNote';

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
}

export interface RegisterTableProps<T> {
  /** Stable id: the key for remembered column settings. */
  registerId: string;
  columns: RegisterColumn<T>[];
  rowKey: (row: T) => Key;
  store: RegisterStore<T>;
  fetcher: RegisterFetcher<T>;
  /** What the clerk should do when there is nothing to show yet. */
  emptyText: ReactNode;
  /** Placeholder of the search box; absent when the channel takes no search text. */
  searchPlaceholder?: string;
  toolbar?: ReactNode;
  onOpen?: (row: T) => void;
  /** Rows the clerk ticks for a batch action. */
  rowSelection?: TableProps<T>['rowSelection'];
}

/** Height available to the table body, so that the header stays fixed and rows are virtualised. */
function useBodyHeight() {
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(400);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(Math.max(200, el.clientHeight - 96)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, height] as const;
}

export function RegisterTable<T extends object>(props: RegisterTableProps<T>) {
  const { registerId, columns, store, fetcher, onOpen } = props;
  const { query, rows, total, loading, error } = store(
    useShallow((s) => ({ query: s.query, rows: s.rows, total: s.total, loading: s.loading, error: s.error })),
  );
  const setQuery = store((s) => s.setQuery);
  const reload = store((s) => s.reload);
  const defaultHidden = useMemo(() => columns.filter((c) => c.defaultHidden).map((c) => c.key), [columns]);
  const [settings, saveSettings] = useColumnSettings(registerId, defaultHidden);
  const [search, setSearch] = useState(query.search);
  const [boxRef, bodyHeight] = useBodyHeight();

  useEffect(() => {
    void reload(fetcher);
  }, [reload, fetcher]);

  const visible = columns.filter((c) => !settings.hidden.includes(c.key));
  const antColumns: TableColumnsType<T> = visible.map((c) => ({
    key: c.key,
    dataIndex: c.key,
    title: c.title,
    width: settings.widths[c.key] ?? c.width,
    align: c.align,
    ellipsis: true,
    render: (_: unknown, row: T) => c.render(row),
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
  const width = antColumns.reduce((n, c) => n + Number(c.width ?? 120), 0);

  const onChange: TableProps<T>['onChange'] = (pagination, filters, sorter, extra) => {
    if (extra.action === 'paginate') {
      void setQuery(
        { page: pagination.current ?? 1, pageSize: pagination.pageSize ?? query.pageSize },
        fetcher,
      );
      return;
    }
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
    void setQuery(change, fetcher);
  };

  const filtered = Boolean(query.search) || Object.values(query.filters).some(Boolean);
  return (
    <div className="register-table">
      <div className="register-toolbar">
        <Space wrap>
          {props.searchPlaceholder ? (
            <Input.Search
              allowClear
              aria-label="搜索"
              placeholder={props.searchPlaceholder}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              onSearch={(v) => void setQuery({ search: v.trim() }, fetcher)}
              style={{ width: 280 }}
            />
          ) : null}
          {props.toolbar}
        </Space>
        <Space>
          <Button icon={<ReloadOutlined />} onClick={() => void reload(fetcher)}>
            刷新
          </Button>
          <ColumnSettingsButton columns={columns} settings={settings} onChange={saveSettings} />
        </Space>
      </div>
      <ErrorNote message={error} />
      <div className="register-table-box" ref={boxRef}>
        <Table<T>
          size="small"
          bordered
          virtual
          rowKey={props.rowKey}
          rowSelection={props.rowSelection}
          columns={antColumns}
          dataSource={rows}
          loading={loading}
          scroll={{ x: width, y: bodyHeight }}
          onChange={onChange}
          onRow={(row) => ({
            onDoubleClick: () => onOpen?.(row),
            onKeyDown: (e) => {
              if (e.key === 'Enter') onOpen?.(row);
            },
            tabIndex: onOpen ? 0 : -1,
          })}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={filtered ? '没有符合条件的记录。请放宽筛选条件或清除搜索词。' : props.emptyText}
              />
            ),
          }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (n) => `共 ${n.toLocaleString('zh-CN')} 条`,
          }}
        />
      </div>
    </div>
  );
}

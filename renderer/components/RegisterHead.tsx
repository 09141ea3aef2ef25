// What stands above a register's rows: the search box, the register's own toolbar, the count, refresh and
// column settings, the chips of the filters in force and the last error. A memo of its own: the register's
// table is drawn again on every scroll step, block read and jump, and drawing these buttons, box and popover
// with it cost some 10 ms a time (issue 20 point 3).
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { memo, type ReactNode } from 'react';
import type { RegisterQuery } from '../stores/register.store';
import { ColumnSettingsButton } from './ColumnSettingsButton';
import type { ColumnSettings } from './columnSettings';
import { ErrorNote } from './ErrorNote';
import { FilterChips, type ToolbarFilter } from './FilterChips';

interface HeadColumn {
  key: string;
  title: string;
  width: number;
  filterOptions?: { value: string; label: string }[];
}

export interface RegisterHeadProps {
  searchPlaceholder: string | undefined;
  /** The search box's text (the query's search follows it once the clerk pauses). */
  search: string;
  setSearch: (text: string) => void;
  setQuery: (change: Partial<RegisterQuery>) => Promise<void>;
  reload: () => Promise<void>;
  toolbar: ReactNode;
  toolbarFilters: ToolbarFilter[] | undefined;
  total: number;
  query: RegisterQuery;
  columns: readonly HeadColumn[];
  settings: ColumnSettings;
  saveSettings: (s: ColumnSettings | null) => void;
  error: string | null;
}

export const RegisterHead = memo(function RegisterHead(p: RegisterHeadProps) {
  const { query, setQuery, setSearch } = p;
  return (
    <>
      <div className="register-toolbar">
        <Space wrap>
          {p.searchPlaceholder ? (
            <Input.Search
              allowClear
              aria-label="搜索"
              placeholder={p.searchPlaceholder}
              value={p.search}
              onChange={(e) => setSearch(e.target.value)}
              onSearch={(v) => void setQuery({ search: v.trim() })}
              style={{ width: 280 }}
            />
          ) : null}
          {p.toolbar}
        </Space>
        <Space>
          <span className="register-total">共 {p.total.toLocaleString('zh-CN')} 条</span>
          <Button icon={<ReloadOutlined />} onClick={() => void p.reload()}>
            刷新
          </Button>
          <ColumnSettingsButton columns={p.columns} settings={p.settings} onChange={p.saveSettings} />
        </Space>
      </div>
      <FilterChips
        query={query}
        columns={p.columns}
        toolbarFilters={p.toolbarFilters}
        onRemove={(key) => {
          if (key === null) setSearch('');
          void setQuery(key === null ? { search: '' } : { filters: { ...query.filters, [key]: undefined } });
        }}
        onClear={() => {
          setSearch('');
          void setQuery({ search: '', filters: {} });
        }}
      />
      <ErrorNote message={p.error} />
    </>
  );
});

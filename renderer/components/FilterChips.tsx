// The filters and the search in force above a register's list, each a chip that removes it (RegisterTable).
import { CloseOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import type { RegisterQuery } from '../stores/register.store';

/** A filter the toolbar sets (部门, 保管人): how its chip names it. */
export interface ToolbarFilter {
  key: string;
  title: string;
  label: (value: string) => string;
}

/** What a chip reads of a register's column (RegisterColumn). */
interface ChipColumn {
  key: string;
  title: string;
  filterOptions?: { value: string; label: string }[];
}

/**
 * Every filter and the search in force, each a chip that removes it: a filter on a hidden column, or one a
 * reminder set, never leaves an empty list unexplained.
 */
export function FilterChips({
  query,
  columns,
  toolbarFilters = [],
  onRemove,
  onClear,
}: {
  query: RegisterQuery;
  columns: readonly ChipColumn[];
  toolbarFilters?: ToolbarFilter[] | undefined;
  /** The filter's key; null: the search. */
  onRemove: (key: string | null) => void;
  onClear: () => void;
}) {
  const chips: { key: string | null; text: string }[] = [];
  if (query.search) chips.push({ key: null, text: `搜索：${query.search}` });
  for (const [key, value] of Object.entries(query.filters)) {
    if (!value) continue;
    const col = columns.find((c) => c.key === key);
    const bar = toolbarFilters.find((f) => f.key === key);
    const label = col?.filterOptions?.find((o) => o.value === value)?.label ?? bar?.label(value) ?? value;
    chips.push({ key, text: `${col?.title ?? bar?.title ?? '筛选'}：${label}` });
  }
  if (!chips.length) return null;
  return (
    <div className="register-chips" aria-label="当前筛选">
      {chips.map((c) => (
        <Tag
          key={c.key ?? ''}
          closable
          closeIcon={<CloseOutlined aria-label={`取消${c.text.split('：')[0] ?? ''}筛选`} />}
          onClose={(e) => {
            e.preventDefault();
            onRemove(c.key);
          }}
        >
          {c.text}
        </Tag>
      ))}
      {chips.length > 1 ? (
        <Button type="link" size="small" onClick={onClear}>
          清除全部
        </Button>
      ) : null}
    </div>
  );
}

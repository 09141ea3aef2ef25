// Choosing a registered person or a department: the value is the record's id, as the channels take it.
// Both pass on what a Form.Item gives them (id, status), so the item's label names them.
import { Select, type SelectProps } from 'antd';
import { useEffect, useState } from 'react';
import type { PersonRow } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { useDepartments } from '../../stores/departments.store';

type IdSelectProps = Omit<SelectProps<number>, 'options' | 'onChange'> & {
  onChange?: (id?: number) => void;
};

/** Choose a person by typing part of the name (two characters are enough). */
export function PersonPicker(props: IdSelectProps) {
  const [rows, setRows] = useState<PersonRow[]>([]);
  const search = (s: string) =>
    void call('persons:list', { search: s || undefined, pageSize: 30 }).then((r) => {
      if (r.ok) setRows(r.value.rows);
    });
  useEffect(() => search(''), []);
  return (
    <Select<number>
      aria-label="人员"
      placeholder="输入姓名查找人员"
      style={{ width: 220 }}
      {...props}
      showSearch={{ filterOption: false, onSearch: search }}
      options={rows.map((p) => ({ value: p.id, label: `${p.name}（${p.department}）` }))}
    />
  );
}

/** One of the unit's departments (the shared departments cache, read on first use). */
export function DepartmentSelect(props: IdSelectProps) {
  const items = useDepartments((s) => s.items);
  const loaded = useDepartments((s) => s.loaded);
  const load = useDepartments((s) => s.load);
  useEffect(() => {
    if (!loaded) void load();
  }, [loaded, load]);
  return (
    <Select<number>
      placeholder={items.length ? '请选择' : '请先在「部门管理」中新增部门'}
      {...props}
      options={items.map((d) => ({ value: d.id, label: d.name }))}
    />
  );
}

type IdsSelectProps = Omit<SelectProps<number[]>, 'options' | 'onChange' | 'mode'> & {
  onChange?: (ids: number[]) => void;
};

/**
 * Several of the unit's departments (a check's 检查范围), in the order chosen. Typing part of a name narrows the
 * list; Enter takes the highlighted one and leaves the list open for the next.
 */
export function DepartmentsSelect(props: IdsSelectProps) {
  const items = useDepartments((s) => s.items);
  const loaded = useDepartments((s) => s.loaded);
  const load = useDepartments((s) => s.load);
  useEffect(() => {
    if (!loaded) void load();
  }, [loaded, load]);
  const [open, setOpen] = useState(false);
  // Tab must only leave the field: the list, still open on the department just taken, would take Tab as a
  // second Enter and drop it again. Kept from the list, the key moves the focus on, and the list is closed.
  return (
    <div
      onKeyDownCapture={(e) => {
        if (e.key !== 'Tab') return;
        e.stopPropagation();
        setOpen(false);
      }}
    >
      <Select<number[]>
        open={open}
        onOpenChange={setOpen}
        mode="multiple"
        allowClear
        optionFilterProp="label"
        placeholder={items.length ? '请选择（可多选）' : '请先在「部门管理」中新增部门'}
        {...props}
        options={items.map((d) => ({ value: d.id, label: d.name }))}
      />
    </div>
  );
}

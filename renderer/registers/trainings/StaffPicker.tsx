// Choosing a 在职人员 by typing part of the name, as PersonPicker chooses a 涉密人员: the value is the staff id.
import { Select, type SelectProps } from 'antd';
import { useEffect, useState } from 'react';
import type { StaffView } from '../../../electron/ipc/contract';
import { call } from '../../api';

type Props = Omit<SelectProps<number>, 'options' | 'onChange'> & { onChange?: (id?: number) => void };

export function StaffPicker(props: Props) {
  const [rows, setRows] = useState<StaffView[]>([]);
  const search = (s: string) =>
    void call('trainings:staff', { q: s || undefined, page: 1, pageSize: 30 }).then((r) => {
      if (r.ok) setRows(r.value.rows);
    });
  useEffect(() => search(''), []);
  return (
    <Select<number>
      aria-label="在职人员"
      placeholder="输入姓名查找在职人员"
      style={{ width: 220 }}
      allowClear
      {...props}
      showSearch={{ filterOption: false, onSearch: search }}
      options={rows.map((s) => ({ value: s.id, label: `${s.name}（${s.department}）` }))}
    />
  );
}

// Choosing a registered carrier by typing part of its name, number or 文号: the value is its id, as the
// channels take it (a meeting's materials, the carrier a 保密审查 became).
import { Select, type SelectProps } from 'antd';
import { useEffect, useState } from 'react';
import type { CarrierRow } from '../../../electron/ipc/contract';
import { call } from '../../api';
import { LEVEL_LABELS } from '../../../db/domain/labels';

type IdSelectProps = Omit<SelectProps<number>, 'options' | 'onChange'> & {
  onChange?: (id?: number) => void;
};

export function CarrierPicker(props: IdSelectProps) {
  const [rows, setRows] = useState<CarrierRow[]>([]);
  const search = (s: string) =>
    void call('carriers:list', { search: s || undefined, pageSize: 30 }).then((r) => {
      if (r.ok) setRows(r.value.rows);
    });
  useEffect(() => search(''), []);
  return (
    <Select<number>
      aria-label="载体"
      placeholder="输入名称、编号或文号查找载体"
      style={{ width: 320, maxWidth: '100%' }}
      {...props}
      showSearch={{ filterOption: false, onSearch: search }}
      options={rows.map((c) => ({
        value: c.id,
        label: `${c.carrierNo} ${c.name}（${LEVEL_LABELS[c.level]}，${c.copyCount}份）`,
      }))}
    />
  );
}

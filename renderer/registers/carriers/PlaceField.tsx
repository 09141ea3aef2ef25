// 存放位置: typed freely, or chosen from the approved 要害部门部位 (保密室, 机要室 …), so that the name matches the
// one the 绝密 storage warning and the key site's 撤销 check read.
import { AutoComplete, Form } from 'antd';
import { KEY_SITE_KIND_LABELS, LEVEL_LABELS } from '../../../db/domain/labels';
import type { FieldName } from '../../components/forms';
import { useLoad } from '../../stores/load';

const SHOWS = ['key_sites'] as const;

export function PlaceField({ name, label = '存放位置' }: { name: FieldName; label?: string }) {
  const places = useLoad('key_sites:places', {}, SHOWS).value ?? [];
  return (
    <Form.Item name={name} label={label}>
      <AutoComplete
        style={{ width: 220 }}
        placeholder="选择要害部位或直接填写"
        options={places.map((p) => ({
          value: p.name,
          label: `${p.name}（${KEY_SITE_KIND_LABELS[p.kind]}·${LEVEL_LABELS[p.level]}）`,
        }))}
        filterOption={(input, o) => String(o?.value ?? '').includes(input)}
      />
    </Form.Item>
  );
}

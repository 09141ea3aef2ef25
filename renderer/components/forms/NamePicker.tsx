// A department or a person named in a record, chosen from the unit's lists with type-ahead; a name not yet
// registered is kept only by choosing it explicitly (the last option says so), never by a typo left behind.
import { Form, Select } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../../api';
import { useDepartments } from '../../stores/departments.store';

type Source = 'departments' | 'persons';

function useOptions(source: Source, text: string): { value: string; label: string }[] {
  const items = useDepartments((s) => s.items);
  const loaded = useDepartments((s) => s.loaded);
  const load = useDepartments((s) => s.load);
  const [persons, setPersons] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    if (source === 'departments' && !loaded) void load();
  }, [source, loaded, load]);
  useEffect(() => {
    if (source !== 'persons') return;
    let live = true;
    const t = setTimeout(() => {
      void call('persons:list', { search: text || undefined, pageSize: 30 }).then((r) => {
        if (live && r.ok)
          setPersons(r.value.rows.map((p) => ({ value: p.name, label: `${p.name}（${p.department}）` })));
      });
    }, 200);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [source, text]);
  if (source === 'persons') return persons;
  return items.filter((d) => d.name.includes(text)).map((d) => ({ value: d.name, label: d.name }));
}

function NameSelect({
  id,
  source,
  label,
  value,
  onChange,
}: {
  /** From the Form.Item, so that its label points at this field. */
  id?: string;
  source: Source;
  label: string;
  value?: string;
  onChange?: (v: string) => void;
}) {
  const [text, setText] = useState('');
  const options = useOptions(source, text.trim());
  const typed = text.trim();
  const known = options.some((o) => o.value === typed);
  return (
    <Select<string>
      id={id}
      aria-label={label}
      style={{ width: 200 }}
      value={value}
      onChange={(v) => onChange?.(v)}
      showSearch={{ filterOption: false, onSearch: setText }}
      placeholder={source === 'persons' ? '输入姓名查找' : '输入部门名称查找'}
      notFoundContent="没有找到"
      options={[
        ...options,
        ...(typed && !known ? [{ value: typed, label: `使用未登记的名称「${typed}」` }] : []),
      ]}
    />
  );
}

export function NameField({
  name,
  label,
  source,
  required,
}: {
  name: string;
  label: string;
  source: Source;
  required?: boolean;
}) {
  return (
    <Form.Item
      name={name}
      label={label}
      rules={required ? [{ required: true, message: `请填写${label}` }] : []}
    >
      <NameSelect source={source} label={label} />
    </Form.Item>
  );
}
